#include "engine/membermatcher.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace targetgroup::engine;

namespace
{

RawValue text( const char *value )
{
  return RawValue::fromText( value );
}

RawValue number( double value )
{
  return RawValue::fromNumber( value );
}

AddressKey key( const char *postcode, double houseNumber, const char *addition = nullptr )
{
  const KeyResult result = makeAddressKey( text( postcode ), number( houseNumber ), addition ? text( addition ) : RawValue::null() );
  EXPECT_TRUE( result.key.has_value() ) << postcode << " " << houseNumber;
  return result.key.value_or( AddressKey() );
}

std::string keyText( const KeyResult &result )
{
  if ( !result.key )
    return std::string( "problem " ) + reasonCode( result.problem );
  const std::string addition = additionText( result.key->addition );
  return postcodeText( result.key->postcode ) + " " + std::to_string( result.key->number ) + ( addition.empty() ? "" : " " + addition );
}

} // namespace

TEST( MemberMatcherKeys, PostcodeSpellings )
{
  // 1234 * 676 + ('A' - 'A') * 26 + ('B' - 'A') = 834184 + 1 = 834185.
  EXPECT_EQ( normalisePostcode( "1234AB" ), std::optional<std::uint32_t>( 834185u ) );
  for ( const char *spelling : { "1234 AB", "1234ab", "1234 ab", " 1234aB ", "12 34 AB", "1234\tAB", "1234\xC2\xA0"
                                                                                                     "AB" } )
    EXPECT_EQ( normalisePostcode( spelling ), std::optional<std::uint32_t>( 834185u ) ) << spelling;
  EXPECT_EQ( postcodeText( 834185u ), "1234 AB" );
  EXPECT_EQ( postcodeText( *normalisePostcode( "9999zz" ) ), "9999 ZZ" );
  // Not a Dutch postcode: a leading 0, too short, too long, a hyphen, letters first, digits only.
  for ( const char *spelling : { "0123AB", "123AB", "12345AB", "1234ABC", "1234-AB", "AB1234", "123456", "1234A", "", "1234 ÄB" } )
    EXPECT_FALSE( normalisePostcode( spelling ).has_value() ) << spelling;
}

TEST( MemberMatcherKeys, AdditionSpellings )
{
  EXPECT_EQ( normaliseAddition( "" ), std::optional<std::uint64_t>( 0u ) );
  EXPECT_EQ( normaliseAddition( " - " ), std::optional<std::uint64_t>( 0u ) );
  EXPECT_EQ( normaliseAddition( "a" ), std::optional<std::uint64_t>( 'A' ) );
  EXPECT_EQ( normaliseAddition( "-A" ), std::optional<std::uint64_t>( 'A' ) );
  EXPECT_EQ( additionText( *normaliseAddition( " bis" ) ), "BIS" );
  EXPECT_EQ( additionText( *normaliseAddition( "2-hg" ) ), "2HG" );
  EXPECT_EQ( additionText( *normaliseAddition( "a/1" ) ), "A1" );
  EXPECT_EQ( additionText( *normaliseAddition( "12345678" ) ), "12345678" );
  EXPECT_FALSE( normaliseAddition( "123456789" ).has_value() ); // 9 characters
  EXPECT_FALSE( normaliseAddition( "a+b" ).has_value() );
  EXPECT_FALSE( normaliseAddition( "é" ).has_value() );
}

TEST( MemberMatcherKeys, EveryWayOfWritingANumber )
{
  const struct
  {
    RawValue number;
    RawValue addition;
    std::string expected;
  } cases[] = {
      { number( 12 ), RawValue::null(), "1234 AB 12" },
      { number( 12.0 ), RawValue::null(), "1234 AB 12" },
      { text( "12" ), RawValue::null(), "1234 AB 12" },
      { text( " 12 " ), RawValue::null(), "1234 AB 12" },
      { text( "012" ), RawValue::null(), "1234 AB 12" },
      { text( "12.0" ), RawValue::null(), "1234 AB 12" }, // a spreadsheet's number as text
      { text( "12a" ), RawValue::null(), "1234 AB 12 A" },
      { text( "12A" ), RawValue::null(), "1234 AB 12 A" },
      { text( "12-A" ), RawValue::null(), "1234 AB 12 A" },
      { text( "12 A" ), RawValue::null(), "1234 AB 12 A" },
      { text( "12 a" ), RawValue::null(), "1234 AB 12 A" },
      { text( "12 bis" ), RawValue::null(), "1234 AB 12 BIS" },
      { text( "12-2" ), RawValue::null(), "1234 AB 12 2" },
      { text( "12/2" ), RawValue::null(), "1234 AB 12 2" },
      { text( "12 -2" ), RawValue::null(), "1234 AB 12 2" },
      // The addition in its own field: text or a number.
      { number( 12 ), text( "a" ), "1234 AB 12 A" },
      { number( 12 ), text( " -A " ), "1234 AB 12 A" },
      { number( 12 ), text( "" ), "1234 AB 12" },
      { number( 12 ), number( 2 ), "1234 AB 12 2" },
      { number( 12 ), number( 2.0 ), "1234 AB 12 2" },
      { text( "12" ), text( "bis" ), "1234 AB 12 BIS" },
      // Both: the number's own addition first (BAG: huisletter, then toevoeging).
      { text( "12a" ), text( "1" ), "1234 AB 12 A1" },
      // Unusable numbers.
      { RawValue::null(), RawValue::null(), "problem missing_number" },
      { text( "" ), RawValue::null(), "problem missing_number" },
      { text( "  " ), RawValue::null(), "problem missing_number" },
      { text( "a12" ), RawValue::null(), "problem invalid_number" },
      { text( "bis" ), RawValue::null(), "problem invalid_number" },
      { text( "0" ), RawValue::null(), "problem invalid_number" },
      { text( "-12" ), RawValue::null(), "problem invalid_number" },
      { text( "100000" ), RawValue::null(), "problem invalid_number" },
      { text( "99999999999999999999" ), RawValue::null(), "problem invalid_number" },
      { number( 12.5 ), RawValue::null(), "problem invalid_number" },
      { number( 0 ), RawValue::null(), "problem invalid_number" },
      { number( -3 ), RawValue::null(), "problem invalid_number" },
      { number( std::numeric_limits<double>::quiet_NaN() ), RawValue::null(), "problem invalid_number" },
      { number( 1e9 ), RawValue::null(), "problem invalid_number" },
      // Unusable additions.
      { text( "12+a" ), RawValue::null(), "problem invalid_addition" },
      { number( 12 ), text( "a very long one" ), "problem invalid_addition" },
      { number( 12 ), number( 2.5 ), "problem invalid_addition" },
      { number( 12 ), number( -1 ), "problem invalid_addition" },
  };
  for ( const auto &testCase : cases )
  {
    const KeyResult result = makeAddressKey( text( "1234ab" ), testCase.number, testCase.addition );
    EXPECT_EQ( keyText( result ), testCase.expected ) << testCase.number.text << " / " << testCase.number.number << " + " << testCase.addition.text;
  }
  EXPECT_EQ( keyText( makeAddressKey( text( "1234 AB" ), number( 99999 ), RawValue::null() ) ), "1234 AB 99999" );
}

TEST( MemberMatcherKeys, PostcodeProblemsComeFirst )
{
  EXPECT_EQ( keyText( makeAddressKey( RawValue::null(), number( 12 ), RawValue::null() ) ), "problem missing_postcode" );
  EXPECT_EQ( keyText( makeAddressKey( text( " " ), number( 12 ), RawValue::null() ) ), "problem missing_postcode" );
  EXPECT_EQ( keyText( makeAddressKey( text( "1234" ), RawValue::null(), RawValue::null() ) ), "problem invalid_postcode" );
  // A postcode in a numeric field cannot hold its letters.
  EXPECT_EQ( keyText( makeAddressKey( number( 1234 ), number( 12 ), RawValue::null() ) ), "problem invalid_postcode" );
}

TEST( MemberMatcherKeys, SpellingsOfOneAddressGiveOneKey )
{
  const AddressKey reference = key( "6711 AB", 12, "A" );
  EXPECT_EQ( makeAddressKey( text( "6711ab" ), text( "12a" ), RawValue::null() ).key, reference );
  EXPECT_EQ( makeAddressKey( text( "6711 ab" ), text( "12-A" ), RawValue::null() ).key, reference );
  EXPECT_EQ( makeAddressKey( text( "6711AB" ), text( "12 A" ), text( "" ) ).key, reference );
  EXPECT_EQ( makeAddressKey( text( " 6711 AB" ), number( 12.0 ), text( "a" ) ).key, reference );
  EXPECT_FALSE( key( "6711 AB", 12 ) == reference );
}

TEST( MemberMatcher, EveryRuleByHand )
{
  // Households (id: address):
  //  1: 1111AA 1        2: 1111AA 3        3: 1111AA 3 A
  //  4: 1111AA 5 A      5: 1111AA 5 B      6: 1111AA 7 A (only one at 7)
  //  7: 1111AA 9        8: 1111AA 9   (the same address twice)
  //  9: 2222BB 1        10: 3333CC 1 (no member there)
  MemberMatcher matcher;
  const std::size_t exactNoAddition = matcher.addMember( key( "1111AA", 1 ) );           // -> 1, exact
  const std::size_t exactSecond = matcher.addMember( key( "1111 aa", 1 ) );              // -> 1, exact (second member at 1)
  const std::size_t withoutAtMixed = matcher.addMember( key( "1111AA", 3 ) );            // -> 2 (the one without addition), exact
  const std::size_t withAtMixed = matcher.addMember( key( "1111AA", 3, "a" ) );          // -> 3, exact
  const std::size_t unknownAtMixed = matcher.addMember( key( "1111AA", 3, "B" ) );       // 2 households at 3: ambiguous
  const std::size_t withoutAtTwo = matcher.addMember( key( "1111AA", 5 ) );              // 5A and 5B: ambiguous
  const std::size_t withAtTwo = matcher.addMember( key( "1111AA", 5, "B" ) );            // -> 5, exact
  const std::size_t withoutAtOne = matcher.addMember( key( "1111AA", 7 ) );              // only 7A: -> 6, number only
  const std::size_t wrongAtOne = matcher.addMember( key( "1111AA", 7, "C" ) );           // only 7A: -> 6, number only
  const std::size_t duplicate = matcher.addMember( key( "1111AA", 9 ) );                 // 7 and 8 share it
  const std::size_t duplicateOther = matcher.addMember( key( "1111AA", 9, "A" ) );       // none with A, 2 at 9: ambiguous
  const std::size_t noNumber = matcher.addMember( key( "1111AA", 11 ) );                 // postcode known, number not
  const std::size_t noPostcode = matcher.addMember( key( "4444DD", 1 ) );                // postcode unknown
  const std::size_t otherPostcode = matcher.addMember( key( "2222BB", 1 ) );             // -> 9
  const std::size_t invalid = matcher.addUnusableMember( MatchReason::InvalidPostcode ); // as given
  const std::size_t missing = matcher.addUnusableMember( MatchReason::MissingNumber );
  EXPECT_EQ( matcher.membersAdded(), 16u );

  matcher.addHousehold( key( "1111AA", 1 ), 1 );
  matcher.addHousehold( key( "1111AA", 3 ), 2 );
  matcher.addHousehold( key( "1111AA", 3, "A" ), 3 );
  matcher.addHousehold( key( "1111AA", 5, "A" ), 4 );
  matcher.addHousehold( key( "1111AA", 5, "B" ), 5 );
  matcher.addHousehold( key( "1111AA", 7, "A" ), 6 );
  matcher.addHousehold( key( "1111AA", 9 ), 7 );
  matcher.addHousehold( key( "1111AA", 9 ), 8 );
  matcher.addHousehold( key( "2222BB", 1 ), 9 );
  matcher.addHousehold( key( "3333CC", 1 ), 10 );
  matcher.addUnusableHousehold();
  matcher.finish();

  auto expect = [&]( std::size_t member, MatchReason reason, std::int64_t household )
  {
    EXPECT_EQ( reasonCode( matcher.outcome( member ).reason ), std::string( reasonCode( reason ) ) ) << "member " << member;
    EXPECT_EQ( matcher.outcome( member ).household, household ) << "member " << member;
  };
  expect( exactNoAddition, MatchReason::Exact, 1 );
  expect( exactSecond, MatchReason::Exact, 1 );
  expect( withoutAtMixed, MatchReason::Exact, 2 );
  expect( withAtMixed, MatchReason::Exact, 3 );
  expect( unknownAtMixed, MatchReason::AmbiguousAddition, -1 );
  expect( withoutAtTwo, MatchReason::AmbiguousAddition, -1 );
  expect( withAtTwo, MatchReason::Exact, 5 );
  expect( withoutAtOne, MatchReason::NumberOnly, 6 );
  expect( wrongAtOne, MatchReason::NumberOnly, 6 );
  expect( duplicate, MatchReason::DuplicateHouseholdAddress, -1 );
  expect( duplicateOther, MatchReason::AmbiguousAddition, -1 );
  expect( noNumber, MatchReason::NoSuchNumber, -1 );
  expect( noPostcode, MatchReason::NoSuchPostcode, -1 );
  expect( otherPostcode, MatchReason::Exact, 9 );
  expect( invalid, MatchReason::InvalidPostcode, -1 );
  expect( missing, MatchReason::MissingNumber, -1 );

  // Exact 6 (members 0, 1, 2, 3, 6, 13), number only 2, unmatched 8: 16 in all.
  const auto &counts = matcher.reasonCounts();
  EXPECT_EQ( counts[static_cast<int>( MatchReason::Exact )], 6 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::NumberOnly )], 2 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::AmbiguousAddition )], 3 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::DuplicateHouseholdAddress )], 1 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::NoSuchNumber )], 1 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::NoSuchPostcode )], 1 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::InvalidPostcode )], 1 );
  EXPECT_EQ( counts[static_cast<int>( MatchReason::MissingNumber )], 1 );
  EXPECT_EQ( matcher.matched(), 8 );
  EXPECT_EQ( matcher.unmatched(), 8 );
  EXPECT_EQ( matcher.matched() + matcher.unmatched(), 16 );

  // Members per household: 1 has two, 2, 3, 5, 9 one each, 6 two (both by number).
  EXPECT_EQ( matcher.memberCount( 1 ), 2 );
  EXPECT_EQ( matcher.memberCount( 2 ), 1 );
  EXPECT_EQ( matcher.memberCount( 3 ), 1 );
  EXPECT_EQ( matcher.memberCount( 4 ), 0 );
  EXPECT_EQ( matcher.memberCount( 5 ), 1 );
  EXPECT_EQ( matcher.memberCount( 6 ), 2 );
  EXPECT_EQ( matcher.memberCount( 7 ), 0 );
  EXPECT_EQ( matcher.memberCount( 8 ), 0 );
  EXPECT_EQ( matcher.memberCount( 9 ), 1 );
  EXPECT_EQ( matcher.memberCount( 10 ), 0 );
  EXPECT_EQ( matcher.memberCount( 999 ), 0 );
  EXPECT_EQ( matcher.householdsWithMembers(), 6 );
  EXPECT_EQ( matcher.householdsRead(), 10 );
  EXPECT_EQ( matcher.unusableHouseholds(), 1 );
  EXPECT_EQ( matcher.membersAdded(), 16u ); // still, after finish()
  // 1111AA 9 is the one member address that two households share.
  EXPECT_EQ( matcher.duplicateHouseholdAddresses(), 1 );
}

TEST( MemberMatcher, HouseholdIdsNeedNotBeInOrderAndNoHouseholdsMeansNoPostcode )
{
  MemberMatcher matcher;
  matcher.addMember( key( "1111AA", 1 ) );
  matcher.addMember( key( "1111AA", 2 ) );
  matcher.addHousehold( key( "1111AA", 2 ), 500 );
  matcher.addHousehold( key( "1111AA", 1 ), -7 + 10 ); // id 3
  matcher.finish();
  EXPECT_EQ( matcher.outcome( 0 ).household, 3 );
  EXPECT_EQ( matcher.outcome( 1 ).household, 500 );

  MemberMatcher empty;
  empty.addMember( key( "1111AA", 1 ) );
  empty.finish();
  EXPECT_EQ( empty.outcome( 0 ).reason, MatchReason::NoSuchPostcode );
  EXPECT_EQ( empty.unmatched(), 1 );
}

TEST( MemberMatcher, MisuseIsRefused )
{
  MemberMatcher matcher;
  EXPECT_THROW( matcher.addUnusableMember( MatchReason::NoSuchPostcode ), std::invalid_argument );
  matcher.addHousehold( key( "1111AA", 1 ), 1 );
  EXPECT_THROW( matcher.addMember( key( "1111AA", 1 ) ), std::logic_error );
  matcher.finish();
  EXPECT_THROW( matcher.addHousehold( key( "1111AA", 1 ), 2 ), std::logic_error );
  EXPECT_FALSE( isMatched( MatchReason::AmbiguousAddition ) );
  EXPECT_TRUE( isMatched( MatchReason::NumberOnly ) );
}
