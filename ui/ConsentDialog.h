#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace leadbox {

// Asks how a person gave permission outside LeadBox: the basis, where, and what they were told.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsentDialog(QWidget* parent = nullptr);

    QString basis() const;
    QString source() const;
    QString textShown() const;
    void showError(const QString& message);

Q_SIGNALS:
    void saveRequested();

private:
    QComboBox* m_basis = nullptr;
    QLineEdit* m_source = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace leadbox
