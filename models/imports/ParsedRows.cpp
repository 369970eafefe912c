#include "models/imports/ParsedRows.h"

#include "models/leads/LeadRow.h"
#include "models/leads/LeadValidator.h"

namespace leadbox {

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
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < kMaxQueuedBatches || m_stopping.load(); });
        if (!m_stopping.load()) {
            m_queue.push_back(std::move(batch));
        }
        m_changed.notify_all();
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
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_queue.empty() || m_finished; });
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

QString ParsedRows::readError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readError;
}

} // namespace leadbox
