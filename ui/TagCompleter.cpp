#include "ui/TagCompleter.h"

#include "models/leads/LeadValidator.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

namespace leadbox {

TagCompleter::TagCompleter(QLineEdit* edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("tagCompleter"));
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(8);
    // Not QLineEdit::setCompleter(): that would match and replace the whole text, not one tag.
    setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &TagCompleter::update);
    connect(this, qOverload<const QString&>(&QCompleter::activated), this, &TagCompleter::insert);
}

void TagCompleter::setTags(const QStringList& tags)
{
    m_tags = tags;
}

std::pair<qsizetype, qsizetype> TagCompleter::currentTagRange() const
{
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    const qsizetype start = cursor > 0 ? text.lastIndexOf(QLatin1Char(','), cursor - 1) + 1 : 0;
    qsizetype end = text.indexOf(QLatin1Char(','), cursor);
    if (end < 0) {
        end = text.size();
    }
    return {start, end};
}

void TagCompleter::update()
{
    const qsizetype start = currentTagRange().first;
    const QString typed = m_edit->text().mid(start, m_edit->cursorPosition() - start).trimmed();
    if (typed.isEmpty() || m_tags.isEmpty()) {
        popup()->hide();
        return;
    }
    const QStringList present = LeadValidator::splitTags(m_edit->text());
    QStringList offered;
    for (const QString& tag : std::as_const(m_tags)) {
        // The tag being typed may already match one in full; it is still offered.
        if (!present.contains(tag, Qt::CaseInsensitive) || tag.compare(typed, Qt::CaseInsensitive) == 0) {
            offered.append(tag);
        }
    }
    m_model->setStringList(offered);
    setCompletionPrefix(typed);
    if (completionCount() == 0) {
        popup()->hide();
        return;
    }
    complete();
}

void TagCompleter::insert(const QString& tag)
{
    const auto [start, end] = currentTagRange();
    QString text = m_edit->text();
    const QString replacement = start > 0 ? QLatin1Char(' ') + tag : tag;
    text.replace(start, end - start, replacement);
    m_edit->setText(text);
    m_edit->setCursorPosition(static_cast<int>(start + replacement.size()));
}

} // namespace leadbox
