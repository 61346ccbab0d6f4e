// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionOptions.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLineEdit;

namespace sg {
class DbClient;
struct Capabilities;
} // namespace sg

namespace sg::ui {

namespace Ui {
class ConnectionDialog;
}

/// Picks or edits a connection profile, tests it without leaving the dialog, and returns the
/// options to connect with. The password field lives in memory only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a current: the profile connected now, chosen when the dialog opens.
    explicit ConnectionDialog(QWidget* parent = nullptr, const QString& current = {});
    ~ConnectionDialog() override;

    /// Valid after exec() returned Accepted: parsed options, password and read-only flag applied.
    sg::ConnectionOptions options() const { return m_options; }
    QString profileName() const;

    /// Builds options from the form; on failure returns invalid options and a message.
    sg::ConnectionOptions optionsFromForm(QString* error) const;
    void setConninfo(const QString& conninfo);
    /// Starts "Test connection" (asynchronous; the result appears in the dialog).
    void testConnection();
    QString resultText() const;
    QString conninfo() const;
    /// The field of one conninfo keyword (host, port, dbname, user), for tests.
    QLineEdit* field(const QString& keyword) const { return m_fields.value(keyword); }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void loadProfiles(const QString& select = {});
    void profileChosen(int index);
    void saveProfile();
    void deleteProfile();
    void accept() override;
    void showResult(bool ok, const QString& text);
    void fieldsToConninfo();
    void conninfoToFields();

    std::unique_ptr<Ui::ConnectionDialog> ui;
    sg::DbClient* m_tester = nullptr;
    sg::ConnectionOptions m_options;
    QHash<QString, QLineEdit*> m_fields; ///< by conninfo keyword
    bool m_syncing = false;
};

} // namespace sg::ui
