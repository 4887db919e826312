// The output field schema: one description per field, consistent lists.

#include "common/outputschema.h"

#include <gtest/gtest.h>
#include <qgsexception.h>

#include <QSet>

using namespace targetgroup;

TEST( OutputSchema, AreaFieldsInPublishedOrderWithAliases )
{
  const QgsFields fields = schema::areaFigureQgsFields();
  ASSERT_EQ( fields.count(), 14 );
  EXPECT_EQ( fields.at( 0 ).name(), QStringLiteral( "hh_total" ) );
  EXPECT_EQ( fields.at( 1 ).name(), QStringLiteral( "tg_expected" ) );
  EXPECT_EQ( fields.at( 13 ).name(), QStringLiteral( "suppressed" ) );
  QSet<QString> names;
  for ( const QgsField &field : fields )
  {
    EXPECT_FALSE( field.alias().isEmpty() ) << field.name().toStdString();
    names.insert( field.name() );
  }
  EXPECT_EQ( names.size(), 14 ) << "every area field name is distinct";
}

TEST( OutputSchema, HouseholdFields )
{
  const QgsFields fields = schema::householdScoreQgsFields();
  ASSERT_EQ( fields.count(), 3 );
  EXPECT_EQ( fields.at( 0 ).name(), schema::kProbability );
  EXPECT_EQ( fields.at( 0 ).precision(), 10 );
  EXPECT_EQ( fields.at( 2 ).name(), schema::kReference );
}

TEST( OutputSchema, AppendedFiguresMatchTheFieldsAndNullWhereEmpty )
{
  engine::AreaFigures figures;
  figures.households = 7;
  figures.suppressed = true;
  QgsAttributes attributes;
  schema::appendAreaFigures( attributes, figures );
  ASSERT_EQ( attributes.size(), schema::areaFigureQgsFields().count() );
  EXPECT_EQ( attributes.at( 0 ).toLongLong(), 7 );
  for ( int i = 1; i < 13; ++i )
    EXPECT_TRUE( attributes.at( i ).isNull() ) << i;
  EXPECT_EQ( attributes.at( 13 ).toInt(), 1 );
}

TEST( OutputSchema, ClashNamesTheLayerAndTheField )
{
  QgsFields existing;
  existing.append( QgsField( QStringLiteral( "tg_share" ) ) );
  try
  {
    schema::checkNoFieldClash( existing, schema::areaFigureFields(), QStringLiteral( "AREAS" ) );
    FAIL() << "expected an exception";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( QStringLiteral( "AREAS already has a field \"tg_share\"" ) ) ) << error.what().toStdString();
  }
  QgsFields other;
  other.append( QgsField( QStringLiteral( "statcode" ) ) );
  EXPECT_NO_THROW( schema::checkNoFieldClash( other, schema::areaFigureFields(), QStringLiteral( "AREAS" ) ) );
}

TEST( OutputSchema, LibraryFieldsLeadTheTableAndClashWithNoAreaField )
{
  const std::vector<schema::OutputField> &tags = schema::libraryTagFields();
  ASSERT_EQ( tags.size(), 2u );
  EXPECT_EQ( tags.at( 0 ).name, QStringLiteral( "library_name" ) );
  EXPECT_TRUE( tags.at( 0 ).kind == compat::FieldKind::String );
  EXPECT_EQ( tags.at( 1 ).name, QStringLiteral( "library_fid" ) );
  const std::vector<schema::OutputField> &table = schema::libraryTableFields();
  ASSERT_EQ( table.size(), 3u );
  EXPECT_EQ( table.at( 0 ).name, tags.at( 0 ).name );
  EXPECT_EQ( table.at( 1 ).name, tags.at( 1 ).name );
  EXPECT_EQ( table.at( 2 ).name, QStringLiteral( "area_count" ) );
  for ( const schema::OutputField &field : table )
  {
    EXPECT_FALSE( field.alias().isEmpty() ) << field.name.toStdString();
    EXPECT_EQ( schema::findOutputField( schema::areaFigureFields(), field.name ), nullptr ) << field.name.toStdString();
  }
  EXPECT_EQ( schema::displayDecimals( schema::Display::Text ), -1 );
}

TEST( OutputSchema, MemberMatchingFields )
{
  const QgsFields fields = schema::householdMemberQgsFields();
  ASSERT_EQ( fields.count(), 2 );
  EXPECT_EQ( fields.at( 0 ).name(), QStringLiteral( "mem_count" ) );
  EXPECT_EQ( fields.at( 1 ).name(), QStringLiteral( "is_member" ) );
  EXPECT_TRUE( compat::isIntegerField( fields.at( 0 ) ) );
  EXPECT_TRUE( compat::isIntegerField( fields.at( 1 ) ) );
  EXPECT_FALSE( fields.at( 0 ).alias().isEmpty() );
  EXPECT_EQ( schema::kUnmatchedReason, QStringLiteral( "unmatched_reason" ) );
}
