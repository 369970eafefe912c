#include "ui/SearchField.h"

#include <QAction>

namespace leadbox {
namespace {
constexpr int kSearchDebounceMs = 150;
} // namespace

SearchField::SearchField(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setAccessibleName(tr("Search leads"));
    setPlaceholderText(tr("Search leads… (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(280);
    setMaxLength(200);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(this, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text(), false); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        Q_EMIT searchRequested(text(), true);
    });
    auto* clearSearch = new QAction(this);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, &QLineEdit::clear);
}

void SearchField::setTextNow(const QString& text)
{
    setText(text);
    m_debounce.stop();
    Q_EMIT searchRequested(text, false);
}

} // namespace leadbox
