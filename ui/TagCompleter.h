#pragma once

#include <QCompleter>
#include <QStringList>

class QLineEdit;
class QStringListModel;

namespace leadbox {

// Completes the tag being typed in a comma-separated tags field: the words between the comma
// before the cursor and the cursor are matched (ignoring case) against the workspace's tags, and
// picking one replaces just that tag. Tags already in the field are not offered again.
class TagCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit TagCompleter(QLineEdit* edit);

    void setTags(const QStringList& tags);
    const QStringList& tags() const { return m_tags; }

private:
    void update();
    void insert(const QString& tag);
    // Where the tag under the cursor starts and ends in the field's text.
    std::pair<qsizetype, qsizetype> currentTagRange() const;

    QLineEdit* m_edit;
    QStringListModel* m_model;
    QStringList m_tags;
};

} // namespace leadbox
