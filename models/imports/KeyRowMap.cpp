#include "models/imports/KeyRowMap.h"

namespace leadbox {

KeyRowMap::KeyRowMap(std::size_t expectedEntries)
{
    std::size_t capacity = 1024;
    while (capacity < expectedEntries * 2) {
        capacity *= 2;
    }
    m_slots.resize(capacity);
    m_mask = capacity - 1;
}

void KeyRowMap::insert(quint64 hash, qint64 rowId)
{
    if ((m_size + 1) * 2 > m_slots.size()) {
        grow();
    }
    const quint64 stored = hash | kUsed;
    std::size_t i = slotFor(stored);
    while (m_slots[i].hash != 0) {
        i = (i + 1) & m_mask;
    }
    m_slots[i] = {stored, rowId};
    ++m_size;
}

void KeyRowMap::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.resize(old.empty() ? 1024 : old.size() * 2);
    m_mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.hash != 0) {
            std::size_t i = slotFor(slot.hash);
            while (m_slots[i].hash != 0) {
                i = (i + 1) & m_mask;
            }
            m_slots[i] = slot;
        }
    }
}

} // namespace leadbox
