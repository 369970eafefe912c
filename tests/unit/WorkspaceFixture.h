#pragma once

#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The base of a test class that needs a workspace: a Local workspace in a temporary folder, opened
// before each test function and closed after it. QtTest runs these inherited init/cleanup slots.
class WorkspaceFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_store = leadbox::WorkspaceStore::openLocal(
            leadbox::DataLocation(m_tmp->filePath(QStringLiteral("data"))));
    }
    void cleanup()
    {
        m_store.reset();
        m_tmp.reset();
    }

protected:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<leadbox::WorkspaceStore> m_store;
};
