#include "models/imports/ParsedRows.h"

#include "models/leads/LeadId.h"
#include "models/leads/LeadRow.h"
#include "models/leads/LeadValidator.h"

namespace leadbox {

void ParsedRow::appendValue(QStringView text)
{
    // UTF-16 to UTF-8 by hand, straight into the row's buffer: QString::toUtf8() would allocate a
    // QByteArray per value. A lone surrogate becomes U+FFFD, as QString::toUtf8() does.
    const qsizetype start = utf8.size();
    utf8.resize(start + text.size() * 3);
    char* out = utf8.data() + start;
    const char16_t* in = text.utf16();
    const char16_t* const end = in + text.size();
    while (in < end) {
        char32_t code = *in++;
        if (code >= 0xD800 && code <= 0xDFFF) {
            if (code <= 0xDBFF && in < end && *in >= 0xDC00 && *in <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + (*in++ - 0xDC00);
            } else {
                code = 0xFFFD;
            }
        }
        if (code < 0x80) {
            *out++ = static_cast<char>(code);
        } else if (code < 0x800) {
            *out++ = static_cast<char>(0xC0 | (code >> 6));
            *out++ = static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *out++ = static_cast<char>(0xE0 | (code >> 12));
            *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (code & 0x3F));
        } else {
            *out++ = static_cast<char>(0xF0 | (code >> 18));
            *out++ = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    utf8.resize(out - utf8.constData());
    ends.append(static_cast<int>(utf8.size()));
}

ParsedRows::ParsedRows(QIODevice& device)
    : m_reader(device)
{
    if (!m_reader.readRecord(m_header)) {
        m_headerError = m_reader.errorString();
    }
    for (QString& column : m_header) {
        column = column.trimmed();
    }
}

ParsedRows::~ParsedRows()
{
    stop();
}

void ParsedRows::start(const ImportRowBuilder& builder)
{
    m_builder = &builder;
    m_thread = std::thread([this] { readAll(); });
}

void ParsedRows::readAll()
{
    std::vector<ParsedRow> batch;
    batch.reserve(kBatchRows);
    QStringList record;
    const auto push = [&] {
        std::deque<std::vector<ParsedRow>> spent;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return m_queue.size() < kMaxQueuedBatches || m_stopping.load(); });
            if (!m_stopping.load()) {
                m_queue.push_back(std::move(batch));
            }
            m_changed.notify_all();
            spent.swap(m_spent);
        }
        // Freed here, outside the lock: the rows were allocated on this thread, and freeing them
        // on the writing thread cost it a quarter of its time.
        spent.clear();
        batch = std::vector<ParsedRow>();
        batch.reserve(kBatchRows);
    };

    while (!m_stopping.load() && m_reader.readRecord(record)) {
        ParsedRow row;
        row.line = m_reader.recordLine();
        if (!m_reader.recordError().isEmpty()) {
            row.rejection = m_reader.recordError();
        } else {
            row.rejection = m_builder->build(record, row.lead, row.custom, &row.statusGiven);
        }
        if (row.rejection.isEmpty()) {
            row.emailKey = LeadValidator::emailKey(row.lead.email);
            row.tags = LeadRow::tagsToText(row.lead.tags);
            row.customText =
                row.custom.empty() ? QStringLiteral("{}") : QString::fromStdString(row.custom.dump());
            row.emailKeyHash = qHash(row.emailKey);
            row.lead.id = newLeadId();
            const Lead& lead = row.lead;
            const QString* const columns[ParsedRow::ColumnCount] = {
                &lead.id,      &lead.email, &row.emailKey, &lead.firstName, &lead.lastName,
                &lead.company, &lead.phone, &row.tags,     &lead.source,    &row.customText};
            row.utf8.reserve(256);
            for (const QString* value : columns) {
                row.appendValue(*value);
            }
            for (const QString& tag : lead.tags) {
                m_tagNames.insert(tag.toCaseFolded(), tag);
            }
        } else {
            row.record = record; // kept only for rejected rows, to show and save them
        }
        batch.push_back(std::move(row));
        if (batch.size() == kBatchRows) {
            m_bytesConsumed.store(m_reader.bytesConsumed());
            push();
        }
    }
    m_bytesConsumed.store(m_reader.bytesConsumed());
    if (!batch.empty()) {
        push();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_readError = m_reader.errorString();
    m_finished = true;
    m_changed.notify_all();
}

bool ParsedRows::next(std::vector<ParsedRow>& batch)
{
    std::vector<ParsedRow> spent = std::move(batch);
    batch.clear();
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!spent.empty()) {
        m_spent.push_back(std::move(spent)); // for the reader to free
    }
    if (m_queue.empty() && !m_finished) {
        const auto waitStart = std::chrono::steady_clock::now();
        m_changed.wait(lock, [&] { return !m_queue.empty() || m_finished; });
        m_waitedMs += std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                            waitStart)
                          .count();
    }
    if (m_queue.empty()) {
        return false;
    }
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

void ParsedRows::stop()
{
    m_stopping.store(true);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_changed.notify_all();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

QStringList ParsedRows::tagNames() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_tagNames.values();
}

QString ParsedRows::readError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readError;
}

} // namespace leadbox
