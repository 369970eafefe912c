#include "models/leads/LeadId.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace leadbox {

QString newLeadId()
{
    const auto millis = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator* random = QRandomGenerator::global();
    const quint64 randA = random->generate64();
    const quint64 randB = random->generate64();

    quint64 high = (millis << 16) | (0x7000u | (randA & 0x0fffu));         // time, version 7, 12 random bits
    quint64 low = (randB & 0x3fffffffffffffffull) | 0x8000000000000000ull; // variant 10, 62 random bits

    static const char hex[] = "0123456789abcdef";
    char text[36];
    int out = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) {
            text[out++] = '-';
        }
        const quint64 word = i < 16 ? high : low;
        const int shift = 60 - 4 * (i % 16);
        text[out++] = hex[(word >> shift) & 0xf];
    }
    return QString::fromLatin1(text, 36);
}

} // namespace leadbox
