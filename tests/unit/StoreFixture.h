#pragma once

#include <QTemporaryDir>
#include <QtTest>

// A scratch data folder per test, removed afterwards.
class ScratchDir
{
public:
    ScratchDir() { QVERIFY2(m_dir.isValid(), "cannot create a temporary folder"); }
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
