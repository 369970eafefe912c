#include "ui/ImportFilePage.h"

#include "models/StoreError.h"
#include "models/imports/LeadImporter.h"
#include "ui/ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadbox {
namespace {

constexpr int kPathDebounceMs = 300;
constexpr int kMaxCellChars = 200; // a preview cell; the import reads the whole field

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportFilePage::tr("commas");
    case u';':
        return ImportFilePage::tr("semicolons");
    case u'\t':
        return ImportFilePage::tr("tabs");
    case u'|':
        return ImportFilePage::tr("vertical bars");
    default:
        return ImportFilePage::tr("“%1”").arg(delimiter);
    }
}

QString encodingName(const CsvFormat& format)
{
    switch (format.encoding) {
    case CsvFormat::Encoding::Utf8:
        return format.hadBom ? ImportFilePage::tr("UTF-8 with a byte order mark")
                             : ImportFilePage::tr("UTF-8");
    case CsvFormat::Encoding::Utf16LE:
        return ImportFilePage::tr("UTF-16 (little-endian)");
    case CsvFormat::Encoding::Utf16BE:
        return ImportFilePage::tr("UTF-16 (big-endian)");
    case CsvFormat::Encoding::Latin1:
        return ImportFilePage::tr("Windows-1252 (Western European)");
    }
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Import leads from a CSV file, such as an export from a spreadsheet, HubSpot, Mailchimp "
                   "or Google Contacts."));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path of a CSV file"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseButton"));

    m_format = new QLabel;
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_format->setTextFormat(Qt::PlainText);
    m_format->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("fileErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;")); // as LeadDialog shows errors
    m_error->setVisible(false);

    m_previewTitle = new QLabel(tr("The first rows:"));
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("The file's first rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);

    auto* fileRow = new QGridLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    fileRow->addWidget(fileLabel, 0, 0);
    fileRow->addWidget(m_path, 0, 1);
    fileRow->addWidget(m_browse, 0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_format);
    layout->addWidget(m_error);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_table, 1);
    m_previewTitle->setVisible(false);
    m_table->setVisible(false);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kPathDebounceMs);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_debounce.start();
        Q_EMIT completeChanged(); // Next waits until the typed path is read
    });
    connect(&m_debounce, &QTimer::timeout, this, &ImportFilePage::load);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        load();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(path);
    m_debounce.stop();
    load();
}

QString ImportFilePage::filePath() const
{
    return m_loadedPath;
}

void ImportFilePage::browse()
{
    const QString current = m_path->text().trimmed();
    const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import Leads"), folder,
                                                        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty()) {
        setFilePath(QDir::toNativeSeparators(chosen));
    }
}

void ImportFilePage::load()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_loadedPath.clear();
    m_wizard.setPreview(std::nullopt);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_format->clear();
    m_error->setVisible(false);
    m_previewTitle->setVisible(false);
    m_table->setVisible(false);
    if (path.isEmpty()) {
        Q_EMIT completeChanged();
        return;
    }

    LeadImporter::Preview preview;
    try {
        preview = LeadImporter::preview(path, kPreviewRows);
    } catch (const StoreError& error) {
        showError(error.message());
        return;
    }
    if (preview.header.isEmpty() || (preview.header.size() == 1 && preview.header.first().isEmpty())) {
        showError(tr("%1 has no header row. The first row must name the columns, such as "
                     "“email,first_name”.")
                      .arg(QFileInfo(path).fileName()));
        return;
    }

    const int columns = static_cast<int>(preview.header.size());
    m_table->setColumnCount(columns);
    m_table->setHorizontalHeaderLabels(preview.header);
    m_table->setRowCount(static_cast<int>(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList& record = preview.rows.at(row);
        for (int column = 0; column < std::min(columns, static_cast<int>(record.size())); ++column) {
            const QString& value = record.at(column);
            auto* item = new QTableWidgetItem(value.left(kMaxCellChars));
            if (value.size() > kMaxCellChars) {
                item->setToolTip(value.left(kMaxCellChars * 5));
            }
            m_table->setItem(row, column, item);
        }
    }
    const QFileInfo info(path);
    m_format->setText(tr("%1 · %2 · columns separated by %3 · encoded as %4")
                          .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                               delimiterName(preview.format.delimiter), encodingName(preview.format)));
    m_previewTitle->setText(preview.rows.isEmpty() ? tr("The file has a header row but no leads.")
                                                   : tr("The first rows of the file:"));
    m_previewTitle->setVisible(true);
    m_table->setVisible(true);
    m_loadedPath = path;
    m_wizard.setPreview(std::move(preview));
    Q_EMIT completeChanged();
}

void ImportFilePage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_loadedPath.isEmpty() && !m_debounce.isActive() && m_wizard.preview().has_value();
}

bool ImportFilePage::validatePage()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        load();
    }
    return isComplete();
}

} // namespace leadbox
