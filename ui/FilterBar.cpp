#include "ui/FilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace leadbox {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    m_status = new QToolButton;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setText(tr("Status: any"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    auto* statusMenu = new QMenu(m_status);
    for (const LeadStatus status : kAllLeadStatuses) {
        QAction* action = statusMenu->addAction(statusLabel(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        action->setObjectName(QStringLiteral("statusFilter_") + statusName(status));
        connect(action, &QAction::toggled, this, &FilterBar::emitChange);
    }
    m_status->setMenu(statusMenu);
    layout->addWidget(m_status);

    const auto lineEdit = [&](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(150);
        edit->setMaxLength(100);
        connect(edit, &QLineEdit::editingFinished, this, &FilterBar::emitChange);
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            if (edit->text().isEmpty()) {
                emitChange(); // the clear button
            }
        });
        layout->addWidget(edit);
        return edit;
    };
    m_tag = lineEdit("tagFilter", tr("Tag"));
    m_source = lineEdit("sourceFilter", tr("Source"));

    m_consent = new QComboBox;
    m_consent->setObjectName(QStringLiteral("consentFilter"));
    m_consent->setAccessibleName(tr("Consent"));
    m_consent->addItem(tr("Consent: any"), -1);
    for (const ConsentState state : {ConsentState::Granted, ConsentState::Unknown, ConsentState::Withdrawn}) {
        m_consent->addItem(consentStateLabel(state), static_cast<int>(state));
    }
    connect(m_consent, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);
    layout->addWidget(m_consent);

    m_dateRange = new QCheckBox(tr("Created"));
    m_dateRange->setObjectName(QStringLiteral("createdFilter"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(QStringLiteral("createdFrom"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("createdTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitChange);
    }
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitChange();
    });
    layout->addWidget(m_dateRange);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);

    m_customField = new QComboBox;
    m_customField->setObjectName(QStringLiteral("customFieldFilter"));
    m_customField->setAccessibleName(tr("Custom field"));
    m_customValue = lineEdit("customValueFilter", tr("Value"));
    layout->insertWidget(layout->count() - 1, m_customField);
    connect(m_customField, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);
    setCustomFields({});

    auto* clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    layout->addWidget(clear);
    auto* save = new QPushButton(tr("Save view…"));
    save->setObjectName(QStringLiteral("saveView"));
    connect(save, &QPushButton::clicked, this, &FilterBar::saveViewRequested);
    layout->addWidget(save);
    layout->addStretch();
}

void FilterBar::setCustomFields(const QList<QPair<QString, QString>>& fields)
{
    m_updating = true;
    const QString current = m_customField->currentData().toString();
    m_customField->clear();
    m_customField->addItem(tr("Field: any"), QString());
    for (const auto& [id, name] : fields) {
        m_customField->addItem(name, id);
    }
    m_customField->setCurrentIndex(std::max(0, m_customField->findData(current)));
    m_customField->setVisible(!fields.isEmpty());
    m_customValue->setVisible(!fields.isEmpty());
    m_updating = false;
}

LeadFilter FilterBar::filter() const
{
    LeadFilter filter;
    for (const QAction* action : m_status->menu()->actions()) {
        if (action->isChecked()) {
            filter.statuses.append(static_cast<LeadStatus>(action->data().toInt()));
        }
    }
    if (!m_tag->text().trimmed().isEmpty()) {
        filter.tags = {m_tag->text().trimmed()};
    }
    filter.source = m_source->text().trimmed();
    if (const int consent = m_consent->currentData().toInt(); consent >= 0) {
        filter.consent = static_cast<ConsentState>(consent);
    }
    if (m_dateRange->isChecked()) {
        filter.createdFrom = m_from->date();
        filter.createdTo = m_to->date();
    }
    const QString fieldId = m_customField->currentData().toString();
    if (!fieldId.isEmpty() && !m_customValue->text().trimmed().isEmpty()) {
        filter.customValues = {{fieldId, m_customValue->text().trimmed()}};
    }
    return filter;
}

void FilterBar::setFilter(const LeadFilter& filter)
{
    m_updating = true;
    for (QAction* action : m_status->menu()->actions()) {
        action->setChecked(filter.statuses.contains(static_cast<LeadStatus>(action->data().toInt())));
    }
    m_tag->setText(filter.tags.value(0));
    m_source->setText(filter.source);
    m_consent->setCurrentIndex(filter.consent ? m_consent->findData(static_cast<int>(*filter.consent)) : 0);
    m_dateRange->setChecked(filter.createdFrom.isValid() || filter.createdTo.isValid());
    if (filter.createdFrom.isValid()) {
        m_from->setDate(filter.createdFrom);
    }
    if (filter.createdTo.isValid()) {
        m_to->setDate(filter.createdTo);
    }
    const auto custom = filter.customValues.value(0);
    m_customField->setCurrentIndex(std::max(0, m_customField->findData(custom.first)));
    m_customValue->setText(custom.second);
    m_updating = false;
    emitChange();
}

void FilterBar::emitChange()
{
    if (m_updating) {
        return;
    }
    const LeadFilter current = filter();
    QStringList names;
    for (const LeadStatus status : current.statuses) {
        names.append(statusLabel(status));
    }
    m_status->setText(names.isEmpty() ? tr("Status: any")
                                      : tr("Status: %1").arg(names.join(QStringLiteral(", "))));
    Q_EMIT filterChanged(current);
}

} // namespace leadbox
