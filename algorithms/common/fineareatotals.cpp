#include "common/fineareatotals.h"

#include "common/outputschema.h"

#include <qgsexception.h>

namespace targetgroup
{

FineAreaTotalsReader::FineAreaTotalsReader( const QgsFields &fields, const QString &parameterName, int codeIndex )
    : mParameterName( parameterName ), mCodeIndex( codeIndex )
{
  auto requireField = [&]( const QString &name )
  {
    const int index = fields.lookupField( name );
    if ( index < 0 )
      throw QgsProcessingException( QObject::tr( "%1 has no field \"%2\": give the output of \"Aggregate households to areas\" (targetgroup:aggregateareas) with MIN_COUNT 0." ).arg( mParameterName, name ) );
    return index;
  };
  mHouseholdsIndex = requireField( schema::kHouseholds );
  mExpectedIndex = requireField( schema::kExpected );
  mVarianceIndex = requireField( schema::kVariance );
  mReferenceIndex = requireField( schema::kAreaReference );
  mMembersIndex = requireField( schema::kMembers );
  mMemberExpectedIndex = requireField( schema::kMemberExpected );
  mSuppressedIndex = requireField( schema::kSuppressed );
}

QgsAttributeList FineAreaTotalsReader::attributes() const
{
  QgsAttributeList list{ mHouseholdsIndex, mExpectedIndex, mVarianceIndex, mReferenceIndex, mMembersIndex, mMemberExpectedIndex, mSuppressedIndex };
  if ( mCodeIndex >= 0 )
    list << mCodeIndex;
  return list;
}

QString FineAreaTotalsReader::areaName( const QgsFeature &fine ) const
{
  if ( mCodeIndex >= 0 && !fine.attribute( mCodeIndex ).isNull() )
    return QObject::tr( "%1 (feature %2)" ).arg( fine.attribute( mCodeIndex ).toString(), QString::number( fine.id() ) );
  return QObject::tr( "feature %1" ).arg( fine.id() );
}

FineAreaTotals FineAreaTotalsReader::read( const QgsFeature &fine ) const
{
  if ( fine.attribute( mSuppressedIndex ).toInt() != 0 )
    throw QgsProcessingException( QObject::tr( "Area %1 of %2 is suppressed, so its sums are withheld and a roll-up would undercount. Run \"Aggregate households to areas\" with MIN_COUNT 0 for the layer you give here (keep it unpublished); suppression is applied to the figures this algorithm writes." ).arg( areaName( fine ), mParameterName ) );
  auto requireNumber = [&]( int index, const QString &name )
  {
    const QVariant value = fine.attribute( index );
    bool ok = false;
    const double number = value.toDouble( &ok );
    if ( value.isNull() || !ok )
      throw QgsProcessingException( QObject::tr( "Area %1 of %2 has no value in \"%3\"; give an unedited output of \"Aggregate households to areas\"." ).arg( areaName( fine ), mParameterName, name ) );
    return number;
  };
  FineAreaTotals read;
  engine::AreaTotals &totals = read.totals;
  totals.households = static_cast<long long>( requireNumber( mHouseholdsIndex, schema::kHouseholds ) );
  totals.expected = requireNumber( mExpectedIndex, schema::kExpected );
  totals.variance = requireNumber( mVarianceIndex, schema::kVariance );
  totals.reference = static_cast<long long>( requireNumber( mReferenceIndex, schema::kAreaReference ) );
  read.hasMembership = !fine.attribute( mMembersIndex ).isNull();
  if ( read.hasMembership )
  {
    totals.members = static_cast<long long>( requireNumber( mMembersIndex, schema::kMembers ) );
    totals.memberExpected = requireNumber( mMemberExpectedIndex, schema::kMemberExpected );
  }

  QString rule;
  switch ( engine::totalsProblem( totals, read.hasMembership ) )
  {
  case engine::TotalsProblem::None:
    return read;
  case engine::TotalsProblem::NegativeOrNotFinite:
    rule = QObject::tr( "a negative count or a value that is not a finite number" );
    break;
  case engine::TotalsProblem::ExpectedOutOfRange:
    rule = QObject::tr( "%1 = %2 is outside 0 to %3 = %4" ).arg( schema::kExpected ).arg( totals.expected ).arg( schema::kHouseholds ).arg( totals.households );
    break;
  case engine::TotalsProblem::VarianceOutOfRange:
    rule = QObject::tr( "%1 = %2 is outside 0 to %3 = %4" ).arg( schema::kVariance ).arg( totals.variance ).arg( schema::kExpected ).arg( totals.expected );
    break;
  case engine::TotalsProblem::ReferenceAboveHouseholds:
    rule = QObject::tr( "%1 = %2 is more than %3 = %4" ).arg( schema::kAreaReference ).arg( totals.reference ).arg( schema::kHouseholds ).arg( totals.households );
    break;
  case engine::TotalsProblem::MembershipInconsistent:
    rule = QObject::tr( "the membership figures %1 = %2 and %3 = %4 do not fit %5 = %6 and %7 = %8" )
               .arg( schema::kMembers )
               .arg( totals.members )
               .arg( schema::kMemberExpected )
               .arg( totals.memberExpected )
               .arg( schema::kHouseholds )
               .arg( totals.households )
               .arg( schema::kExpected )
               .arg( totals.expected );
    break;
  }
  throw QgsProcessingException( QObject::tr( "Area %1 of %2 has figures that cannot come from households: %3. Give an unedited output of \"Aggregate households to areas\" (MIN_COUNT 0)." ).arg( areaName( fine ), mParameterName, rule ) );
}

} // namespace targetgroup
