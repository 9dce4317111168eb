// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/terminaltypes.h"

#include <QByteArray>
#include <QList>

namespace comptoir::caisseap {

// Concert V3 / Caisse-AP messages: a sequence of ASCII records TAG(2) LEN(3 digits) VALUE,
// the CZ (protocol version) record first. Over IP they travel bare on a TCP connection;
// over a serial line inside the STX...ETX LRC frames of the Concert link layer.
struct Record
{
    QByteArray tag;
    QByteArray value;
    friend bool operator==(const Record &, const Record &) = default;
};

class Message
{
public:
    Message() = default;
    Message(std::initializer_list<Record> records)
        : m_records(records)
    { }

    void add(QByteArray tag, QByteArray value) { m_records.append({std::move(tag), std::move(value)}); }
    bool has(QByteArrayView tag) const;
    QByteArray value(QByteArrayView tag) const; // the first record with that tag
    QList<QByteArray> values(QByteArrayView tag) const; // repeated records
    const QList<Record> &records() const { return m_records; }
    bool isEmpty() const { return m_records.isEmpty(); }

    QByteArray encode() const;

    friend bool operator==(const Message &, const Message &) = default;

private:
    QList<Record> m_records;
};

struct Parse
{
    enum State { Complete, Incomplete, Invalid };
    State state = Incomplete;
    Message message;
    QString error; // for Invalid, technical
};

// Parses a whole buffer. Complete when it is made of whole records with CZ first;
// Incomplete when the bytes so far are a valid beginning (wait for more); Invalid otherwise.
Parse parse(QByteArrayView bytes);

inline constexpr auto kVersion = "0320";

// Comptoir's vendor records (Z*), sent by terminals that support them and by the simulator;
// terminals without them simply omit them. README, "Payment terminals".
namespace ext {
inline constexpr auto StoredOffline = "ZO"; // "1": approved without the acquirer, stored
inline constexpr auto Model = "ZM";
inline constexpr auto Serial = "ZN";
inline constexpr auto Software = "ZV";
inline constexpr auto LastOnline = "ZL"; // ISO 8601 UTC
inline constexpr auto StoredCount = "ZS";
inline constexpr auto StoredAmount = "ZA";
inline constexpr auto Network = "ZW";
inline constexpr auto Battery = "ZX";
inline constexpr auto BatchCount = "ZC";
inline constexpr auto BatchDebits = "ZD";
inline constexpr auto BatchCredits = "ZE";
inline constexpr auto StoredReport = "ZF"; // repeated: reference;amount;status;authorisation
inline constexpr auto TerminalRef = "ZR";
inline constexpr auto AcquirerLink = "ZK"; // "1": the bank answers, "0": it does not
} // namespace ext

// CD actions
inline constexpr char ActionDebit = '0';
inline constexpr char ActionRefund = '1';
inline constexpr char ActionCancel = '2';
inline constexpr char ActionDuplicate = '3';
inline constexpr char ActionIdentify = 'I';
inline constexpr char ActionBatch = 'T'; // vendor: end-of-day report (télécollecte)

Message encodeRequest(const TerminalRequest &request, const QByteArray &ecrId = "012345678901");
// Maps a terminal's answer to a result. The private data (CF) is reported as received: the
// caller checks it against its reference. Card data is masked here.
Result<TerminalResult> decodeResponse(const Message &answer, TerminalOperation operation);

// Whether an answer's echoes of the request agree with it: CA (register), CD (action), CE
// (currency) as sent, CB the same amount once leading zeros are set aside (OCA's checks). A
// record the terminal did not echo is no disagreement.
bool echoesAgree(const Message &request, const Message &answer);

// Whether a private-data echo (CF, protocol E's private field) says anything: terminals that
// do not echo leave it out, blank, or fill it with zeros.
bool echoesReference(QStringView echoed);

} // namespace comptoir::caisseap
