// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace comptoir {

// A failure the caller can show: a stable code for programs and tests, a translated
// message for the clerk.
struct Error
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

// Errors are values: a Result<T> holds either a T or an Error (std::expected is C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Ok
{
    friend bool operator==(const Ok &, const Ok &) = default;
};
using Status = Result<Ok>;

} // namespace comptoir
