#pragma once

#include <exception>
#include <QByteArray>
#include <QString>

namespace rd {

/// The base of Rode Draad's errors: one clear, translated sentence for the user.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

/// The database could not be opened, read or written. Nothing was changed.
class StorageError : public Error
{
public:
    using Error::Error;
};

/// The database file is damaged; it was left untouched. Restoring a backup is the way out.
class DamagedFileError : public StorageError
{
public:
    using StorageError::StorageError;
};

/// A value given by the user is invalid. Nothing was changed.
class ValidationError : public Error
{
public:
    using Error::Error;
};

} // namespace rd
