#pragma once

namespace Soudan::Limits {

// The board's limits on text, shared by the client's composers, the wire codec and the server.
inline constexpr int TitleMax = 100;
inline constexpr int BodyMax = 10000;
inline constexpr int ThanksMax = 2000;
inline constexpr int SupplementMax = 2000;
inline constexpr int SupplementsMax = 10; // per question
inline constexpr int RevisionMax = 10000; // edits of one post, far more than anyone makes
inline constexpr int ReportNoteMax = 1000;
inline constexpr int DisplayNameMax = 50;
inline constexpr int CategoryNameMax = 60;
inline constexpr int LoginNameMax = 64;
inline constexpr int PasswordMin = 8;
inline constexpr int PasswordMax = 1024;

// Largest integer a JSON number carries exactly (2^53).
inline constexpr qint64 JsonIntegerMax = 9007199254740992LL;

} // namespace Soudan::Limits
