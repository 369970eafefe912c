#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

namespace leadbox {

// Every dialog that tells or asks the user something goes through here, so GUI tests can
// answer it in advance (setNextAnswer) and read what was shown (lastText) without a blocking window.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Test hooks: with an answer set, boxes are not shown; the answer is returned and the text kept.
    static void setNextAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace leadbox
