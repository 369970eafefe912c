#include "ui/ImportMappingPage.h"

#include "models/imports/ColumnMapping.h"
#include "models/leads/CustomFieldRepository.h"
#include "ui/ImportWizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace leadbox {
namespace {

constexpr int kSampleChars = 60;
const QString kIgnore = QStringLiteral("ignore");
const QString kNewCustom = QStringLiteral("new");
const QString kFieldPrefix = QStringLiteral("field:");
const QString kCustomPrefix = QStringLiteral("custom:");

enum Column
{
    HeaderColumn,
    SampleColumn,
    TargetColumn,
};

QString keyOf(const ColumnTarget& target)
{
    switch (target.kind) {
    case ColumnTarget::Kind::Ignore:
        return kIgnore;
    case ColumnTarget::Kind::Field:
        return kFieldPrefix + QLatin1String(fieldInfo(target.field).cliName);
    case ColumnTarget::Kind::Custom:
        return kCustomPrefix + target.customName;
    }
    return kIgnore;
}

QString columnName(const QStringList& header, int column)
{
    const QString name = header.value(column).trimmed();
    return name.isEmpty() ? ImportMappingPage::tr("column %1").arg(column + 1) : name;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose where each column of the file goes. Columns set to “Ignore” are not imported."));

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // Tab moves between the combo boxes, not the cells
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(HeaderColumn, 180);
    m_table->setColumnWidth(SampleColumn, 200);

    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("mappingHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #b3261e;")); // as LeadDialog shows errors

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
}

void ImportMappingPage::initializePage()
{
    // Coming back from a later page keeps the user's choices unless the file changed.
    const std::optional<LeadImporter::Preview>& preview = m_wizard.preview();
    const QString builtFor =
        preview ? m_wizard.filePath() + QChar(0) + preview->header.join(QChar(0)) : QString();
    if (builtFor != m_builtFor) {
        m_builtFor = builtFor;
        rebuild();
    }
    updateHint();
}

void ImportMappingPage::rebuild()
{
    m_table->setRowCount(0);
    m_rows.clear();
    const std::optional<LeadImporter::Preview>& preview = m_wizard.preview();
    if (!preview) {
        return;
    }
    const int columns = static_cast<int>(preview->header.size());
    m_table->setRowCount(columns);
    for (int column = 0; column < columns; ++column) {
        auto* header = new QTableWidgetItem(columnName(preview->header, column));
        m_table->setItem(column, HeaderColumn, header);
        QString sample;
        for (const QStringList& row : preview->rows) {
            if (!row.value(column).trimmed().isEmpty()) {
                sample = row.at(column).simplified();
                break;
            }
        }
        auto* sampleItem = new QTableWidgetItem(sample.left(kSampleChars));
        sampleItem->setToolTip(sample.left(kSampleChars * 8));
        m_table->setItem(column, SampleColumn, sampleItem);

        ColumnRow row;
        row.combo = makeCombo(column, preview->mapping.value(column));
        row.newName = new QLineEdit;
        row.newName->setObjectName(QStringLiteral("newFieldName_%1").arg(column));
        row.newName->setAccessibleName(tr("Name of the new custom field for “%1”").arg(header->text()));
        row.newName->setPlaceholderText(tr("Name of the new field"));
        row.newName->setMaxLength(CustomFieldRepository::kMaxNameLength);
        row.newName->setText(columnName(preview->header, column).left(CustomFieldRepository::kMaxNameLength));
        row.newName->setVisible(false);
        connect(row.newName, &QLineEdit::textChanged, this, [this] {
            updateHint();
            Q_EMIT completeChanged();
        });

        auto* cell = new QWidget;
        auto* cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(2, 1, 2, 1);
        cellLayout->addWidget(row.combo, 1);
        cellLayout->addWidget(row.newName, 1);
        m_table->setCellWidget(column, TargetColumn, cell);
        m_rows.append(row);

        QComboBox* combo = row.combo;
        QLineEdit* newName = row.newName;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, newName] {
            const bool naming = combo->currentData().toString() == kNewCustom;
            newName->setVisible(naming);
            if (naming) {
                newName->setFocus();
                newName->selectAll();
            }
            updateHint();
            Q_EMIT completeChanged();
        });
    }
    m_table->resizeRowsToContents();
}

QComboBox* ImportMappingPage::makeCombo(int column, const ColumnTarget& guessed)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("mapCombo_%1").arg(column));
    combo->setAccessibleName(tr("Import “%1” as").arg(columnName(m_wizard.preview()->header, column)));
    combo->addItem(tr("Ignore"), kIgnore);
    combo->insertSeparator(combo->count());
    for (const LeadFieldInfo& info : leadFields()) {
        if (info.field != LeadField::UpdatedAt) { // set by LeadBox, never imported
            combo->addItem(fieldLabel(info.field), keyOf(ColumnTarget::toField(info.field)));
        }
    }
    combo->insertSeparator(combo->count());
    for (const CustomField& field : m_wizard.customFields()) {
        combo->addItem(ColumnMapping::describe(ColumnTarget::toCustom(field.name)),
                       keyOf(ColumnTarget::toCustom(field.name)));
    }
    if (guessed.kind == ColumnTarget::Kind::Custom && combo->findData(keyOf(guessed)) < 0) {
        combo->addItem(ColumnMapping::describe(guessed), keyOf(guessed));
    }
    combo->addItem(tr("New custom field…"), kNewCustom);
    combo->setCurrentIndex(std::max(0, combo->findData(keyOf(guessed))));
    combo->setMaxVisibleItems(20);
    return combo;
}

QList<ColumnTarget> ImportMappingPage::mapping() const
{
    QList<ColumnTarget> targets;
    for (const ColumnRow& row : m_rows) {
        const QString key = row.combo->currentData().toString();
        if (key == kNewCustom) {
            targets.append(ColumnTarget::toCustom(row.newName->text().trimmed()));
        } else if (key.startsWith(kCustomPrefix)) {
            targets.append(ColumnTarget::toCustom(key.mid(kCustomPrefix.size())));
        } else if (key.startsWith(kFieldPrefix)) {
            const std::optional<LeadField> field = fieldFromCliName(key.mid(kFieldPrefix.size()));
            targets.append(field ? ColumnTarget::toField(*field) : ColumnTarget::ignore());
        } else {
            targets.append(ColumnTarget::ignore());
        }
    }
    return targets;
}

QStringList ImportMappingPage::problems() const
{
    QStringList found;
    const QList<ColumnTarget> targets = mapping();
    if (!targets.contains(ColumnTarget::toField(LeadField::Email))) {
        found.append(tr("Map a column to Email to continue: every lead needs an email address."));
    }
    const QStringList header = m_wizard.preview() ? m_wizard.preview()->header : QStringList();
    QStringList newFields; // names the import will create, lower-cased
    for (int column = 0; column < m_rows.size(); ++column) {
        if (m_rows.at(column).combo->currentData().toString() != kNewCustom) {
            continue;
        }
        const QString name = m_rows.at(column).newName->text().trimmed();
        if (name.isEmpty()) {
            found.append(tr("Name the new custom field for “%1”.").arg(columnName(header, column)));
            continue;
        }
        // The store refuses a custom field named like a standard one; say so before importing.
        const bool standard =
            std::any_of(leadFields().cbegin(), leadFields().cend(), [&](const LeadFieldInfo& info) {
                return fieldLabel(info.field).compare(name, Qt::CaseInsensitive) == 0;
            });
        if (standard) {
            found.append(tr("“%1” is already a lead field; choose it in the list for “%2”, or give the new "
                            "field another name.")
                             .arg(name, columnName(header, column)));
            continue;
        }
        const bool existing = std::any_of(
            m_wizard.customFields().cbegin(), m_wizard.customFields().cend(),
            [&](const CustomField& field) { return field.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (!existing && !newFields.contains(name.toLower())) {
            newFields.append(name.toLower());
        }
    }
    if (m_wizard.customFields().size() + newFields.size() > CustomFieldRepository::kMaxFields) {
        found.append(tr("A workspace can have at most %1 custom fields; import fewer columns as new fields.")
                         .arg(CustomFieldRepository::kMaxFields));
    }
    return found;
}

void ImportMappingPage::updateHint()
{
    QStringList lines = problems();
    // Not a blocker, but worth knowing: two columns filling one field.
    const QList<ColumnTarget> targets = mapping();
    const QStringList header = m_wizard.preview() ? m_wizard.preview()->header : QStringList();
    QMap<int, QList<int>> columnsByField;
    for (int column = 0; column < targets.size(); ++column) {
        if (targets.at(column).kind == ColumnTarget::Kind::Field) {
            columnsByField[static_cast<int>(targets.at(column).field)].append(column);
        }
    }
    for (auto it = columnsByField.cbegin(); it != columnsByField.cend(); ++it) {
        if (it.value().size() > 1) {
            lines.append(tr("“%1” and “%2” both go to %3; the later column’s value is used.")
                             .arg(columnName(header, it.value().first()),
                                  columnName(header, it.value().last()),
                                  fieldLabel(static_cast<LeadField>(it.key()))));
        }
    }
    m_hint->setText(lines.join(QLatin1Char('\n')));
    m_hint->setVisible(!lines.isEmpty());
}

bool ImportMappingPage::isComplete() const
{
    return !m_rows.isEmpty() && problems().isEmpty();
}

} // namespace leadbox
