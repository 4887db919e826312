// Reading the sums of fine areas for roll-ups (rollupareas, libraryreport):
// required fields, suppressed areas, NULL sums and sums no households give.

#include "common/fineareatotals.h"
#include "common/outputschema.h"

#include "testlayers.h"

#include <qgsexception.h>

#include <gtest/gtest.h>

using namespace targetgroup;

namespace
{

QgsFields figureFields()
{
  QString uri = QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" );
  for ( const QString &name : { schema::kHouseholds, schema::kExpected, schema::kVariance, schema::kAreaReference, schema::kMembers, schema::kMemberExpected, schema::kSuppressed } )
    uri += QStringLiteral( "&field=%1:double" ).arg( name );
  return test::memoryLayer( uri )->fields();
}

//! A fine area: statcode, hh_total, tg_expected, tg_variance, tg_ref, mem_total, mem_tg_expected, suppressed.
QgsFeature fineArea( const QVariantList &values )
{
  QgsFeature feature( figureFields(), 7 );
  QgsAttributes attributes;
  for ( const QVariant &value : values )
    attributes << value;
  feature.setAttributes( attributes );
  return feature;
}

QString errorOf( const FineAreaTotalsReader &reader, const QgsFeature &feature )
{
  try
  {
    reader.read( feature );
  }
  catch ( const QgsProcessingException &error )
  {
    return error.what();
  }
  return QString();
}

} // namespace

TEST( FineAreaTotals, ReadsTheSumsAndMembership )
{
  const FineAreaTotalsReader reader( figureFields(), QStringLiteral( "AREAS" ), 0 );
  EXPECT_EQ( reader.attributes().size(), 8 ) << "seven figures and the code";
  // 10 households, 2.5 expected, variance 1.5 (<= 2.5), 3 in the reference group, 4 members with 1.25 expected.
  const FineAreaTotals read = reader.read( fineArea( { QStringLiteral( "WK000101" ), 10, 2.5, 1.5, 3, 4, 1.25, 0 } ) );
  EXPECT_EQ( read.totals.households, 10 );
  EXPECT_DOUBLE_EQ( read.totals.expected, 2.5 );
  EXPECT_DOUBLE_EQ( read.totals.variance, 1.5 );
  EXPECT_EQ( read.totals.reference, 3 );
  EXPECT_TRUE( read.hasMembership );
  EXPECT_EQ( read.totals.members, 4 );
  EXPECT_DOUBLE_EQ( read.totals.memberExpected, 1.25 );

  const FineAreaTotals withoutMembers = reader.read( fineArea( { QStringLiteral( "WK000102" ), 10, 2.5, 1.5, 3, QVariant(), QVariant(), 0 } ) );
  EXPECT_FALSE( withoutMembers.hasMembership );
  EXPECT_EQ( withoutMembers.totals.members, 0 );
}

TEST( FineAreaTotals, AMissingFieldIsNamed )
{
  QgsFields fields = figureFields();
  fields.remove( fields.lookupField( schema::kVariance ) );
  try
  {
    FineAreaTotalsReader reader( fields, QStringLiteral( "AREAS" ) );
    FAIL() << "a layer without tg_variance was accepted";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( QStringLiteral( "AREAS has no field \"%1\"" ).arg( schema::kVariance ) ) ) << error.what().toStdString();
  }
}

TEST( FineAreaTotals, RefusesWhatNoHouseholdsGive )
{
  const FineAreaTotalsReader reader( figureFields(), QStringLiteral( "AREAS" ), 0 );
  const QString suppressed = errorOf( reader, fineArea( { QStringLiteral( "WK000101" ), 3, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), 1 } ) );
  EXPECT_TRUE( suppressed.contains( QStringLiteral( "WK000101 (feature 7) of AREAS is suppressed" ) ) ) << suppressed.toStdString();
  EXPECT_TRUE( suppressed.contains( QStringLiteral( "MIN_COUNT 0" ) ) ) << suppressed.toStdString();

  const QString missing = errorOf( reader, fineArea( { QStringLiteral( "WK000101" ), 10, QVariant(), 1.5, 3, 4, 1.25, 0 } ) );
  EXPECT_TRUE( missing.contains( QStringLiteral( "no value in \"%1\"" ).arg( schema::kExpected ) ) ) << missing.toStdString();

  const QString tooMany = errorOf( reader, fineArea( { QStringLiteral( "WK000101" ), 10, 12.0, 1.5, 3, 4, 1.25, 0 } ) );
  EXPECT_TRUE( tooMany.contains( QStringLiteral( "cannot come from households" ) ) ) << tooMany.toStdString();
  EXPECT_TRUE( tooMany.contains( QStringLiteral( "%1 = 12 is outside 0 to %2 = 10" ).arg( schema::kExpected, schema::kHouseholds ) ) ) << tooMany.toStdString();

  const QString members = errorOf( reader, fineArea( { QVariant(), 10, 2.5, 1.5, 3, 12, 1.25, 0 } ) );
  EXPECT_TRUE( members.contains( QStringLiteral( "feature 7 of AREAS" ) ) ) << "without a code, the feature id names the area: " << members.toStdString();
  EXPECT_TRUE( members.contains( QStringLiteral( "membership figures" ) ) ) << members.toStdString();
}
