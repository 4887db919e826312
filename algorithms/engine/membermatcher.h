#pragma once
// Matching a library's member file to households by Dutch address: postcode,
// house number and house-number addition, normalised the way Dutch addresses
// are written in practice ("1234 AB", "1234ab", "12a", "12-A", "12 bis").
// QGIS-free: plain C++17.
//
// Memory grows with the members, not with the households: the members' keys
// are kept (sorted), the households are streamed past them once, and only the
// households at an address some member gives are remembered.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace targetgroup::engine
{

//! Why an address key could not be made, or how a member was (not) matched.
enum class MatchReason
{
  // Matched.
  Exact,                     //!< the household with the same postcode, number and addition
  NumberOnly,                //!< no household with that addition; the one household at postcode + number
                             // Not matched: the address is unusable.
  MissingPostcode,           //!< NULL or empty
  InvalidPostcode,           //!< not 4 digits (first not 0) and 2 letters
  MissingNumber,             //!< NULL or empty
  InvalidNumber,             //!< no leading digits, a fraction, 0, negative or above kMaxHouseNumber
  InvalidAddition,           //!< other than letters and digits (after removing separators), or longer than kMaxAdditionLength
                             // Not matched: no household, or no single one.
  NoSuchPostcode,            //!< no household has the postcode
  NoSuchNumber,              //!< households have the postcode, none the number
  AmbiguousAddition,         //!< no household with the addition, and several at postcode + number
  DuplicateHouseholdAddress, //!< several households have exactly the member's address
};

//! Number of MatchReason values.
inline constexpr int kMatchReasonCount = 11;

//! True for Exact and NumberOnly.
bool isMatched( MatchReason reason );

//! A stable code for a reason ("no_such_postcode"), for fields and logs.
const char *reasonCode( MatchReason reason );

//! The highest house number accepted (Dutch numbers stay below 100,000).
inline constexpr std::int32_t kMaxHouseNumber = 99999;
//! The longest addition (after normalisation) accepted.
inline constexpr std::size_t kMaxAdditionLength = 8;

/**
 * A normalised address, compact: the postcode packed into one integer
 * (digits * 676 + letter * 26 + letter), the number, and the addition (upper
 * case letters and digits, no separators) packed into 8 bytes.
 */
struct AddressKey
{
  std::uint32_t postcode = 0;
  std::int32_t number = 0;
  std::uint64_t addition = 0; //!< 0: no addition

  bool operator==( const AddressKey &other ) const { return postcode == other.postcode && number == other.number && addition == other.addition; }
  bool operator<( const AddressKey &other ) const;
};

//! An address key, or why none could be made (the reason is one of the Missing…/Invalid… values).
struct KeyResult
{
  std::optional<AddressKey> key;
  MatchReason problem = MatchReason::InvalidPostcode;
};

//! The packed postcode of "1234AB" in any spelling (spaces anywhere, lower case), or nullopt when it is not a Dutch postcode.
std::optional<std::uint32_t> normalisePostcode( std::string_view text );
//! "1234 AB" from a packed postcode.
std::string postcodeText( std::uint32_t postcode );

/**
 * A normalised addition packed into 8 bytes, or nullopt when it holds anything
 * but letters and digits once the separators (space, '-', '/', '.', ',', '_')
 * are removed, or is longer than kMaxAdditionLength. Upper-cased. Empty
 * text is 0 (no addition).
 */
std::optional<std::uint64_t> normaliseAddition( std::string_view text );
//! The addition's text ("A", "BIS", "2"); empty for 0.
std::string additionText( std::uint64_t addition );

/**
 * One side's raw address values, as read from a table. A value is either
 * absent (NULL), text, or a number (a numeric field).
 */
struct RawValue
{
  enum class Kind
  {
    Null,
    Text,
    Number,
  };
  Kind kind = Kind::Null;
  std::string text;
  double number = 0;

  static RawValue null() { return RawValue(); }
  static RawValue fromText( std::string value );
  static RawValue fromNumber( double value );
};

/**
 * The address key of postcode, house number and (optional) addition:
 * - the postcode: spaces removed, upper case, 4 digits (first not 0) + 2 letters;
 * - the number: a whole number 1..kMaxHouseNumber, from a number (12 or 12.0)
 *   or from text whose leading digits are the number and whose rest is an
 *   addition ("12a", "12-A", "12 A", "12 bis", "12-2");
 * - the addition: from the number's text followed by the addition value
 *   (a number is written as a whole number), normalised by normaliseAddition().
 */
KeyResult makeAddressKey( const RawValue &postcode, const RawValue &number, const RawValue &addition );

/**
 * Matches members to households. Use: addMember() for every member (in reading
 * order), then addHousehold() for every household, then finish(); then
 * outcome() per member and memberCount() per household.
 *
 * Rules (finish()):
 * 1. one household with the member's exact address: matched (Exact);
 * 2. several households with exactly that address: DuplicateHouseholdAddress;
 * 3. none: the households at the member's postcode + number, whatever their
 *    addition: exactly one, matched (NumberOnly); several, AmbiguousAddition;
 *    none, NoSuchNumber when some household has the postcode, else NoSuchPostcode.
 * So a member without addition matches the household without addition when
 * there is one, and a member's addition that no household has falls back to
 * the number only when a single household lives there.
 */
class MemberMatcher
{
public:
  //! A member with a usable key. Returns the member's index (0, 1, ...).
  std::size_t addMember( const AddressKey &key );
  //! A member whose key could not be made: unmatched for \a problem.
  std::size_t addUnusableMember( MatchReason problem );
  std::size_t membersAdded() const { return mOutcomes.empty() ? mMembers.size() : mOutcomes.size(); }

  //! Call after the last member, before the first household (sorts the keys).
  void startHouseholds();
  //! One household with a usable key and an id (any 64-bit id, unique per household).
  void addHousehold( const AddressKey &key, std::int64_t householdId );
  //! One household whose address is unusable: counted only.
  void addUnusableHousehold() { ++mUnusableHouseholds; }

  //! Decides every member. Call once, after the last household.
  void finish();

  struct Outcome
  {
    MatchReason reason = MatchReason::NoSuchPostcode;
    std::int64_t household = -1; //!< the matched household's id, or -1
  };
  //! The outcome of member \a index (after finish()).
  const Outcome &outcome( std::size_t index ) const { return mOutcomes[index]; }
  //! Members matched to the household (0 when none; after finish()).
  int memberCount( std::int64_t householdId ) const;

  //! Counts per reason, indexed by static_cast<int>( MatchReason ).
  const std::array<long long, kMatchReasonCount> &reasonCounts() const { return mReasonCounts; }
  long long matched() const;
  long long unmatched() const;
  long long householdsWithMembers() const { return static_cast<long long>( mHouseholdCounts.size() ); }
  long long householdsRead() const { return mHouseholdsRead; }
  long long unusableHouseholds() const { return mUnusableHouseholds; }
  //! Distinct member addresses that several households share (each is a DuplicateHouseholdAddress for its members).
  long long duplicateHouseholdAddresses() const { return mDuplicateAddresses; }

private:
  struct Tally
  {
    std::uint32_t count = 0;
    std::int64_t household = -1;
    void add( std::int64_t id )
    {
      if ( count == 0 )
        household = id;
      if ( count < UINT32_MAX )
        ++count;
    }
  };
  struct ExactEntry
  {
    AddressKey key;
    Tally tally;
  };
  struct NumberEntry
  {
    std::uint32_t postcode = 0;
    std::int32_t number = 0;
    Tally tally;
  };
  struct PostcodeEntry
  {
    std::uint32_t postcode = 0;
    std::uint32_t households = 0;
  };

  struct Member
  {
    AddressKey key;
    MatchReason problem = MatchReason::Exact; //!< Exact: the key is usable
  };
  std::vector<Member> mMembers;
  std::vector<ExactEntry> mExact;
  std::vector<NumberEntry> mNumbers;
  std::vector<PostcodeEntry> mPostcodes;
  std::vector<Outcome> mOutcomes;
  std::vector<std::pair<std::int64_t, int>> mHouseholdCounts; //!< sorted by id
  std::array<long long, kMatchReasonCount> mReasonCounts{};
  long long mHouseholdsRead = 0;
  long long mUnusableHouseholds = 0;
  long long mDuplicateAddresses = 0;
  bool mStarted = false;
  bool mFinished = false;
};

} // namespace targetgroup::engine
