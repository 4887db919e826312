#include "engine/membermatcher.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace targetgroup::engine
{

namespace
{

bool isDigit( char c )
{
  return c >= '0' && c <= '9';
}

bool isUpper( char c )
{
  return c >= 'A' && c <= 'Z';
}

char toUpper( char c )
{
  return ( c >= 'a' && c <= 'z' ) ? static_cast<char>( c - 'a' + 'A' ) : c;
}

bool isSpace( char c )
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

//! Text without white space (ASCII and the UTF-8 no-break space), upper-cased (ASCII letters).
std::string compacted( std::string_view text, bool removeSeparators )
{
  std::string result;
  result.reserve( text.size() );
  for ( std::size_t i = 0; i < text.size(); ++i )
  {
    const char c = text[i];
    if ( isSpace( c ) )
      continue;
    if ( static_cast<unsigned char>( c ) == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>( text[i + 1] ) == 0xA0 )
    {
      ++i;
      continue;
    }
    if ( removeSeparators && ( c == '-' || c == '/' || c == '.' || c == ',' || c == '_' ) )
      continue;
    result.push_back( toUpper( c ) );
  }
  return result;
}

std::string_view trimmed( std::string_view text )
{
  while ( !text.empty() && isSpace( text.front() ) )
    text.remove_prefix( 1 );
  while ( !text.empty() && isSpace( text.back() ) )
    text.remove_suffix( 1 );
  return text;
}

//! A whole number written as text ("2", not "2.0"), or nullopt for a fraction or a non-finite value.
std::optional<std::string> wholeNumberText( double value )
{
  if ( !std::isfinite( value ) || value != std::floor( value ) || std::fabs( value ) > 1e15 )
    return std::nullopt;
  return std::to_string( static_cast<long long>( value ) );
}

std::uint32_t packPostcode( int digits, char first, char second )
{
  return static_cast<std::uint32_t>( digits ) * 676u + static_cast<std::uint32_t>( first - 'A' ) * 26u + static_cast<std::uint32_t>( second - 'A' );
}

} // namespace

bool isMatched( MatchReason reason )
{
  return reason == MatchReason::Exact || reason == MatchReason::NumberOnly;
}

const char *reasonCode( MatchReason reason )
{
  switch ( reason )
  {
  case MatchReason::Exact:
    return "exact";
  case MatchReason::NumberOnly:
    return "number_only";
  case MatchReason::MissingPostcode:
    return "missing_postcode";
  case MatchReason::InvalidPostcode:
    return "invalid_postcode";
  case MatchReason::MissingNumber:
    return "missing_number";
  case MatchReason::InvalidNumber:
    return "invalid_number";
  case MatchReason::InvalidAddition:
    return "invalid_addition";
  case MatchReason::NoSuchPostcode:
    return "no_such_postcode";
  case MatchReason::NoSuchNumber:
    return "no_such_number";
  case MatchReason::AmbiguousAddition:
    return "ambiguous_addition";
  case MatchReason::DuplicateHouseholdAddress:
    return "duplicate_household_address";
  }
  return "unknown";
}

bool AddressKey::operator<( const AddressKey &other ) const
{
  if ( postcode != other.postcode )
    return postcode < other.postcode;
  if ( number != other.number )
    return number < other.number;
  return addition < other.addition;
}

std::optional<std::uint32_t> normalisePostcode( std::string_view text )
{
  const std::string compact = compacted( text, false );
  if ( compact.size() != 6 )
    return std::nullopt;
  if ( compact[0] < '1' || compact[0] > '9' || !isDigit( compact[1] ) || !isDigit( compact[2] ) || !isDigit( compact[3] ) || !isUpper( compact[4] ) || !isUpper( compact[5] ) )
    return std::nullopt;
  const int digits = ( compact[0] - '0' ) * 1000 + ( compact[1] - '0' ) * 100 + ( compact[2] - '0' ) * 10 + ( compact[3] - '0' );
  return packPostcode( digits, compact[4], compact[5] );
}

std::string postcodeText( std::uint32_t postcode )
{
  const std::uint32_t digits = postcode / 676u;
  const std::uint32_t letters = postcode % 676u;
  std::string text = std::to_string( digits );
  text.push_back( ' ' );
  text.push_back( static_cast<char>( 'A' + letters / 26u ) );
  text.push_back( static_cast<char>( 'A' + letters % 26u ) );
  return text;
}

std::optional<std::uint64_t> normaliseAddition( std::string_view text )
{
  const std::string compact = compacted( text, true );
  if ( compact.size() > kMaxAdditionLength )
    return std::nullopt;
  std::uint64_t packed = 0;
  for ( const char c : compact )
  {
    if ( !isDigit( c ) && !isUpper( c ) )
      return std::nullopt;
    packed = ( packed << 8 ) | static_cast<unsigned char>( c );
  }
  return packed;
}

std::string additionText( std::uint64_t addition )
{
  std::string text;
  while ( addition != 0 )
  {
    text.insert( text.begin(), static_cast<char>( addition & 0xFF ) );
    addition >>= 8;
  }
  return text;
}

RawValue RawValue::fromText( std::string value )
{
  RawValue raw;
  raw.kind = Kind::Text;
  raw.text = std::move( value );
  return raw;
}

RawValue RawValue::fromNumber( double value )
{
  RawValue raw;
  raw.kind = Kind::Number;
  raw.number = value;
  return raw;
}

KeyResult makeAddressKey( const RawValue &postcode, const RawValue &number, const RawValue &addition )
{
  KeyResult result;
  AddressKey key;

  // The postcode.
  if ( postcode.kind == RawValue::Kind::Null || ( postcode.kind == RawValue::Kind::Text && compacted( postcode.text, false ).empty() ) )
  {
    result.problem = MatchReason::MissingPostcode;
    return result;
  }
  const std::optional<std::uint32_t> packedPostcode = postcode.kind == RawValue::Kind::Text ? normalisePostcode( postcode.text ) : std::nullopt;
  if ( !packedPostcode )
  {
    result.problem = MatchReason::InvalidPostcode;
    return result;
  }
  key.postcode = *packedPostcode;

  // The number, and the addition written with it.
  std::string additionSource;
  if ( number.kind == RawValue::Kind::Null )
  {
    result.problem = MatchReason::MissingNumber;
    return result;
  }
  if ( number.kind == RawValue::Kind::Number )
  {
    if ( !std::isfinite( number.number ) || number.number != std::floor( number.number ) || number.number < 1 || number.number > kMaxHouseNumber )
    {
      result.problem = MatchReason::InvalidNumber;
      return result;
    }
    key.number = static_cast<std::int32_t>( number.number );
  }
  else
  {
    const std::string_view text = trimmed( number.text );
    if ( text.empty() )
    {
      result.problem = MatchReason::MissingNumber;
      return result;
    }
    std::size_t digits = 0;
    long long value = 0;
    while ( digits < text.size() && isDigit( text[digits] ) )
    {
      if ( value <= kMaxHouseNumber )
        value = value * 10 + ( text[digits] - '0' );
      ++digits;
    }
    if ( digits == 0 || value < 1 || value > kMaxHouseNumber )
    {
      result.problem = MatchReason::InvalidNumber;
      return result;
    }
    key.number = static_cast<std::int32_t>( value );
    std::string_view rest = text.substr( digits );
    // "12.0" is how a spreadsheet may write the number 12 as text: no addition.
    if ( rest.size() >= 2 && ( rest[0] == '.' || rest[0] == ',' ) && rest.find_first_not_of( '0', 1 ) == std::string_view::npos )
      rest = std::string_view();
    additionSource = std::string( rest );
  }

  // The addition field, after what the number carried.
  if ( addition.kind == RawValue::Kind::Text )
  {
    additionSource += ' ';
    additionSource += addition.text;
  }
  else if ( addition.kind == RawValue::Kind::Number )
  {
    const std::optional<std::string> text = wholeNumberText( addition.number );
    if ( !text || addition.number < 0 )
    {
      result.problem = MatchReason::InvalidAddition;
      return result;
    }
    additionSource += ' ';
    additionSource += *text;
  }
  const std::optional<std::uint64_t> packedAddition = normaliseAddition( additionSource );
  if ( !packedAddition )
  {
    result.problem = MatchReason::InvalidAddition;
    return result;
  }
  key.addition = *packedAddition;
  result.key = key;
  result.problem = MatchReason::Exact;
  return result;
}

// --- MemberMatcher ------------------------------------------------------------

std::size_t MemberMatcher::addMember( const AddressKey &key )
{
  if ( mStarted )
    throw std::logic_error( "MemberMatcher: a member was added after the households started" );
  Member member;
  member.key = key;
  member.problem = MatchReason::Exact;
  mMembers.push_back( member );
  return mMembers.size() - 1;
}

std::size_t MemberMatcher::addUnusableMember( MatchReason problem )
{
  if ( mStarted )
    throw std::logic_error( "MemberMatcher: a member was added after the households started" );
  if ( problem != MatchReason::MissingPostcode && problem != MatchReason::InvalidPostcode && problem != MatchReason::MissingNumber && problem != MatchReason::InvalidNumber && problem != MatchReason::InvalidAddition )
    throw std::invalid_argument( "MemberMatcher: an unusable member needs a key problem as its reason" );
  Member member;
  member.problem = problem;
  mMembers.push_back( member );
  return mMembers.size() - 1;
}

void MemberMatcher::startHouseholds()
{
  if ( mStarted )
    return;
  mStarted = true;
  for ( const Member &member : mMembers )
  {
    if ( member.problem != MatchReason::Exact )
      continue;
    mExact.push_back( { member.key, {} } );
    mNumbers.push_back( { member.key.postcode, member.key.number, {} } );
    mPostcodes.push_back( { member.key.postcode, 0 } );
  }
  std::sort( mExact.begin(), mExact.end(), []( const ExactEntry &a, const ExactEntry &b )
             { return a.key < b.key; } );
  mExact.erase( std::unique( mExact.begin(), mExact.end(), []( const ExactEntry &a, const ExactEntry &b )
                             { return a.key == b.key; } ),
                mExact.end() );
  auto numberLess = []( const NumberEntry &a, const NumberEntry &b )
  { return a.postcode != b.postcode ? a.postcode < b.postcode : a.number < b.number; };
  std::sort( mNumbers.begin(), mNumbers.end(), numberLess );
  mNumbers.erase( std::unique( mNumbers.begin(), mNumbers.end(), []( const NumberEntry &a, const NumberEntry &b )
                               { return a.postcode == b.postcode && a.number == b.number; } ),
                  mNumbers.end() );
  std::sort( mPostcodes.begin(), mPostcodes.end(), []( const PostcodeEntry &a, const PostcodeEntry &b )
             { return a.postcode < b.postcode; } );
  mPostcodes.erase( std::unique( mPostcodes.begin(), mPostcodes.end(), []( const PostcodeEntry &a, const PostcodeEntry &b )
                                 { return a.postcode == b.postcode; } ),
                    mPostcodes.end() );
  mExact.shrink_to_fit();
  mNumbers.shrink_to_fit();
  mPostcodes.shrink_to_fit();
}

void MemberMatcher::addHousehold( const AddressKey &key, std::int64_t householdId )
{
  if ( mFinished )
    throw std::logic_error( "MemberMatcher: a household was added after finish()" );
  startHouseholds();
  ++mHouseholdsRead;
  const auto postcode = std::lower_bound( mPostcodes.begin(), mPostcodes.end(), key.postcode, []( const PostcodeEntry &entry, std::uint32_t value )
                                          { return entry.postcode < value; } );
  if ( postcode == mPostcodes.end() || postcode->postcode != key.postcode )
    return; // no member lives at this postcode: the common case
  if ( postcode->households < UINT32_MAX )
    ++postcode->households;
  const auto number = std::lower_bound( mNumbers.begin(), mNumbers.end(), key, []( const NumberEntry &entry, const AddressKey &value )
                                        { return entry.postcode != value.postcode ? entry.postcode < value.postcode : entry.number < value.number; } );
  if ( number == mNumbers.end() || number->postcode != key.postcode || number->number != key.number )
    return;
  number->tally.add( householdId );
  const auto exact = std::lower_bound( mExact.begin(), mExact.end(), key, []( const ExactEntry &entry, const AddressKey &value )
                                       { return entry.key < value; } );
  if ( exact != mExact.end() && exact->key == key )
    exact->tally.add( householdId );
}

void MemberMatcher::finish()
{
  if ( mFinished )
    return;
  startHouseholds();
  mFinished = true;
  mOutcomes.resize( mMembers.size() );
  for ( const ExactEntry &entry : mExact )
    mDuplicateAddresses += entry.tally.count > 1 ? 1 : 0;

  std::vector<std::int64_t> matchedHouseholds;
  for ( std::size_t index = 0; index < mMembers.size(); ++index )
  {
    const Member &member = mMembers[index];
    Outcome &outcome = mOutcomes[index];
    if ( member.problem != MatchReason::Exact )
    {
      outcome.reason = member.problem;
    }
    else
    {
      const AddressKey &key = member.key;
      const auto exact = std::lower_bound( mExact.begin(), mExact.end(), key, []( const ExactEntry &entry, const AddressKey &value )
                                           { return entry.key < value; } );
      const auto number = std::lower_bound( mNumbers.begin(), mNumbers.end(), key, []( const NumberEntry &entry, const AddressKey &value )
                                            { return entry.postcode != value.postcode ? entry.postcode < value.postcode : entry.number < value.number; } );
      const auto postcode = std::lower_bound( mPostcodes.begin(), mPostcodes.end(), key.postcode, []( const PostcodeEntry &entry, std::uint32_t value )
                                              { return entry.postcode < value; } );
      if ( exact->tally.count == 1 )
      {
        outcome.reason = MatchReason::Exact;
        outcome.household = exact->tally.household;
      }
      else if ( exact->tally.count > 1 )
      {
        outcome.reason = MatchReason::DuplicateHouseholdAddress;
      }
      else if ( number->tally.count == 1 )
      {
        outcome.reason = MatchReason::NumberOnly;
        outcome.household = number->tally.household;
      }
      else if ( number->tally.count > 1 )
      {
        outcome.reason = MatchReason::AmbiguousAddition;
      }
      else
      {
        outcome.reason = postcode->households > 0 ? MatchReason::NoSuchNumber : MatchReason::NoSuchPostcode;
      }
    }
    ++mReasonCounts[static_cast<std::size_t>( outcome.reason )];
    if ( isMatched( outcome.reason ) )
      matchedHouseholds.push_back( outcome.household );
  }

  std::sort( matchedHouseholds.begin(), matchedHouseholds.end() );
  for ( const std::int64_t household : matchedHouseholds )
  {
    if ( !mHouseholdCounts.empty() && mHouseholdCounts.back().first == household )
      ++mHouseholdCounts.back().second;
    else
      mHouseholdCounts.emplace_back( household, 1 );
  }
  // The keys are no longer needed; the outcomes and counts are.
  std::vector<ExactEntry>().swap( mExact );
  std::vector<NumberEntry>().swap( mNumbers );
  std::vector<PostcodeEntry>().swap( mPostcodes );
  std::vector<Member>().swap( mMembers );
}

int MemberMatcher::memberCount( std::int64_t householdId ) const
{
  const auto found = std::lower_bound( mHouseholdCounts.begin(), mHouseholdCounts.end(), householdId, []( const std::pair<std::int64_t, int> &entry, std::int64_t value )
                                       { return entry.first < value; } );
  return found != mHouseholdCounts.end() && found->first == householdId ? found->second : 0;
}

long long MemberMatcher::matched() const
{
  return mReasonCounts[static_cast<std::size_t>( MatchReason::Exact )] + mReasonCounts[static_cast<std::size_t>( MatchReason::NumberOnly )];
}

long long MemberMatcher::unmatched() const
{
  long long total = 0;
  for ( int reason = 0; reason < kMatchReasonCount; ++reason )
    total += isMatched( static_cast<MatchReason>( reason ) ) ? 0 : mReasonCounts[static_cast<std::size_t>( reason )];
  return total;
}

} // namespace targetgroup::engine
