// The profile's HTML report: text escaped, numbers in the user's locale
// (the report printed C-locale numbers before it used the HTML writer).

#include "common/profilereport.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QRegularExpression>

using namespace targetgroup;

namespace
{

/**
 * 1,200 seed households among 15,000. Scoring field "education":
 * low 700 / 6,000 -> seed 58.3%, base 40.0%, index 100 * (700 / 1200) / (6000 / 15000) = 145.8;
 * high 500 / 9,000 -> seed 41.7%, base 60.0%, index 69.4.
 * Descriptive field "hobby" with the category "<b>reading</b>" 600 / 5,000 -> index 150.
 */
engine::Profile testProfile()
{
  engine::Profile profile;
  profile.seedExpression = "\"easy\" = 1";
  profile.seedCount = 1200;
  profile.baseCount = 15000;
  engine::ProfileField education;
  education.name = "education";
  education.categories = { { "low", 700, 6000 }, { "high", 500, 9000 } };
  engine::ProfileField hobby;
  hobby.name = "hobby";
  hobby.usedForScoring = false;
  hobby.categories = { { "<b>reading</b>", 600, 5000 }, { "other things", 600, 10000 } };
  profile.fields = { education, hobby };
  return profile;
}

class ProfileReport : public ::testing::Test
{
protected:
  void TearDown() override { QLocale::setDefault( mPrevious ); }

  QString report( const QLocale &locale ) const
  {
    QLocale::setDefault( locale );
    const engine::Profile profile = testProfile();
    return profileReportHtml( profile, engine::summarizeProfile( profile ), QStringLiteral( "households & <more>" ) );
  }

  const QLocale mPrevious;
};

} // namespace

TEST_F( ProfileReport, TextIsEscaped )
{
  const QString html = report( QLocale( QLocale::English, QLocale::UnitedStates ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "households &amp; &lt;more&gt;" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>&lt;b&gt;reading&lt;/b&gt;</td>" ) ) ) << html.toStdString();
  EXPECT_FALSE( html.contains( QStringLiteral( "<b>reading" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "&quot;easy&quot; = 1" ) ) );
}

TEST_F( ProfileReport, EnglishNumbers )
{
  const QString html = report( QLocale( QLocale::English, QLocale::UnitedStates ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<th>Seed households</th><td class=\"n\">1,200</td>" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "<th>Comparison base</th><td class=\"n\">15,000</td><td>all households</td>" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>low</td><td class=\"n\">700</td><td class=\"n\">58.3</td><td class=\"n\">6,000</td><td class=\"n\">40.0</td><td class=\"n\">146</td>" ) ) )
      << html.toStdString();
  // Significant categories are bold rows.
  EXPECT_TRUE( html.contains( QStringLiteral( "<tr class=\"strong\"><td>low</td>" ) ) );
}

TEST_F( ProfileReport, DutchNumbers )
{
  const QString html = report( QLocale( QLocale::Dutch, QLocale::Netherlands ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<th>Seed households</th><td class=\"n\">1.200</td>" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>low</td><td class=\"n\">700</td><td class=\"n\">58,3</td><td class=\"n\">6.000</td><td class=\"n\">40,0</td><td class=\"n\">146</td>" ) ) )
      << html.toStdString();
  // The chart's coordinates stay SVG syntax whatever the locale.
  EXPECT_TRUE( html.contains( QStringLiteral( "<svg" ) ) );
  EXPECT_FALSE( html.contains( QRegularExpression( QStringLiteral( "(x|x1|x2|width)=\"\\d+,\\d" ) ) ) ) << html.toStdString();
}

TEST( ProfileReportCaptions, YesNoFieldsReadAsWordsAndCodesInTheUsersLanguage )
{
  engine::Profile profile;
  profile.seedCount = 100;
  profile.baseCount = 1000;
  engine::ProfileField flag;
  flag.name = "int_tv_soaps";
  flag.usedForScoring = false;
  flag.categories = { { "1", 60, 400 }, { "0", 30, 500 }, { "(missing)", 10, 100 } };
  engine::ProfileField count;
  count.name = "children";
  count.categories = { { "0", 50, 500 }, { "1", 30, 300 }, { "2", 20, 200 } };
  profile.fields = { count, flag };
  const std::vector<engine::CategorySummary> summaries = engine::summarizeProfile( profile );
  QStringList captions;
  for ( const engine::CategorySummary &summary : summaries )
    captions << QString::fromStdString( summary.fieldName ) + QLatin1Char( '=' ) + categoryCaption( profile, summary );
  // A 0/1 field reads yes/no; a count that happens to hold 0 and 1 keeps its numbers.
  EXPECT_TRUE( captions.contains( QStringLiteral( "int_tv_soaps=yes" ) ) ) << captions.join( QLatin1Char( ' ' ) ).toStdString();
  EXPECT_TRUE( captions.contains( QStringLiteral( "int_tv_soaps=no" ) ) );
  EXPECT_TRUE( captions.contains( QStringLiteral( "int_tv_soaps=(missing)" ) ) );
  EXPECT_TRUE( captions.contains( QStringLiteral( "children=1" ) ) );
  // The soft-characteristics chart names the field beside the category.
  const QString html = profileReportHtml( profile, summaries, QStringLiteral( "households" ) );
  EXPECT_TRUE( html.contains( QStringLiteral( ">int_tv_soaps: yes</text>" ) ) ) << html.toStdString();
}
