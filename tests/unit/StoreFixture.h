#pragma once

#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

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

// The POSIX permission bits of a file or folder, e.g. 0600.
inline unsigned unixMode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return 0;
    }
    return static_cast<unsigned>(info.st_mode) & 0777u;
}
