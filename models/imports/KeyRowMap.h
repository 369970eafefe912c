#pragma once

#include <QtGlobal>
#include <cstddef>
#include <vector>

namespace leadbox {

// Row ids by the 64-bit hash of a key, for finding duplicate emails during a large import while
// the unique email index is dropped. Several rows may share a hash, so a lookup hands back every
// candidate and the caller compares the real keys. Open addressing in one flat array: a million
// entries take 32 MB and no allocation per entry.
class KeyRowMap
{
public:
    explicit KeyRowMap(std::size_t expectedEntries = 0);

    void insert(quint64 hash, qint64 rowId);

    // Calls found(rowId) for each row stored under `hash` until it returns true; true when one did.
    template <typename Found>
    bool find(quint64 hash, Found&& found) const
    {
        if (m_slots.empty()) {
            return false;
        }
        const quint64 stored = hash | kUsed;
        for (std::size_t i = slotFor(stored);; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.hash == 0) {
                return false;
            }
            if (slot.hash == stored && found(slot.rowId)) {
                return true;
            }
        }
    }

    std::size_t size() const { return m_size; }

private:
    // The top bit marks a used slot, so a hash of 0 needs no special case.
    static constexpr quint64 kUsed = quint64(1) << 63;

    struct Slot
    {
        quint64 hash = 0;
        qint64 rowId = 0;
    };

    std::size_t slotFor(quint64 stored) const
    {
        return static_cast<std::size_t>(stored * 0x9E3779B97F4A7C15ull) & m_mask;
    }
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace leadbox
