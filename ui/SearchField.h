#pragma once

#include <QLineEdit>
#include <QTimer>

namespace leadbox {

// The toolbar's search field: reports what is typed after a short pause (150 ms), at once on
// Return, and clears on Escape.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget* parent = nullptr);

    // Shows `text` without waiting for the pause (a saved view's search).
    void setTextNow(const QString& text);

Q_SIGNALS:
    // The search to show; `submitted` when Return was pressed.
    void searchRequested(const QString& text, bool submitted);

private:
    QTimer m_debounce;
};

} // namespace leadbox
