#pragma once

#include "models/leads/LeadFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace leadbox {

// The row of filters above the leads table: status, tag, source, consent, a created-date range and
// one custom field value. Every change emits filterChanged(); "Save view…" asks to keep it.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    LeadFilter filter() const;
    void setFilter(const LeadFilter& filter);
    // The custom fields offered in the field filter: id and name.
    void setCustomFields(const QList<QPair<QString, QString>>& fields);

Q_SIGNALS:
    void filterChanged(const LeadFilter& filter);
    void saveViewRequested();

private:
    void emitChange();

    QToolButton* m_status = nullptr;
    QLineEdit* m_tag = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_consent = nullptr;
    QCheckBox* m_dateRange = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_customField = nullptr;
    QLineEdit* m_customValue = nullptr;
    bool m_updating = false;
};

} // namespace leadbox
