#include "common/profilereport.h"

#include "common/htmlwriter.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace targetgroup
{

namespace
{

//! The quadrant's name in the user's language (the table keeps the English code).
QString quadrantLabel( engine::Quadrant quadrant )
{
  switch ( quadrant )
  {
  case engine::Quadrant::Core:
    return QObject::tr( "core" );
  case engine::Quadrant::Developmental:
    return QObject::tr( "developmental" );
  case engine::Quadrant::Niche:
    return QObject::tr( "niche" );
  case engine::Quadrant::Other:
    break;
  }
  return QObject::tr( "other" );
}

bool isYesNoField( const engine::ProfileField &field )
{
  bool any = false;
  for ( const engine::ProfileCategory &category : field.categories )
  {
    if ( category.label == "0" || category.label == "1" )
      any = true;
    else if ( category.label != engine::kMissingCategory && category.label != engine::kOtherCategory )
      return false;
  }
  return any;
}

//! Horizontal bars of the index per category, whiskers for the 95% interval,
//! a reference line at 100. Inline SVG: no scripts, no external files.
//! Coordinates are in the C locale (SVG syntax); the texts go through the HTML writer.
QString indexChartSvg( const engine::Profile &profile, const std::vector<const engine::CategorySummary *> &rows, bool withField )
{
  const int labelWidth = 190;
  const int chartWidth = 360;
  const int rowHeight = 22;
  double maximum = 200;
  for ( const engine::CategorySummary *row : rows )
  {
    if ( std::isfinite( row->index.high ) )
      maximum = std::max( maximum, std::min( row->index.high, 1000.0 ) );
  }
  auto x = [&]( double index )
  { return labelWidth + chartWidth * std::min( index, maximum ) / maximum; };
  const int height = static_cast<int>( rows.size() ) * rowHeight + 24;
  QString svg = QStringLiteral( "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\">" ).arg( labelWidth + chartWidth + 70 ).arg( height );
  int y = 4;
  for ( const engine::CategorySummary *row : rows )
  {
    const QString colour = row->index.significant ? ( row->index.index >= 100 ? QStringLiteral( "#2166ac" ) : QStringLiteral( "#b2182b" ) ) : QStringLiteral( "#999999" );
    svg += QStringLiteral( "<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"end\">%3</text>" ).arg( labelWidth - 6 ).arg( y + 14 ).arg( html::escaped( withField ? QObject::tr( "%1: %2" ).arg( QString::fromStdString( row->fieldName ), categoryCaption( profile, *row ) ) : categoryCaption( profile, *row ) ) );
    if ( std::isfinite( row->index.index ) )
    {
      svg += QStringLiteral( "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"%4\"/>" ).arg( labelWidth ).arg( y + 3 ).arg( x( row->index.index ) - labelWidth, 0, 'f', 1 ).arg( colour );
      svg += QStringLiteral( "<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#000\" stroke-width=\"1.5\"/>" ).arg( x( row->index.low ), 0, 'f', 1 ).arg( x( row->index.high ), 0, 'f', 1 ).arg( y + 10 );
      svg += QStringLiteral( "<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>" ).arg( labelWidth + chartWidth + 6 ).arg( y + 14 ).arg( html::formatIndex( row->index.index ) );
    }
    y += rowHeight;
  }
  svg += QStringLiteral( "<line x1=\"%1\" x2=\"%1\" y1=\"0\" y2=\"%2\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>" ).arg( x( 100 ), 0, 'f', 1 ).arg( y );
  svg += QStringLiteral( "<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"middle\">100</text>" ).arg( x( 100 ), 0, 'f', 1 ).arg( y + 14 );
  svg += QLatin1String( "</svg>" );
  return svg;
}

html::Table categoryTable( const engine::Profile &profile, const std::vector<const engine::CategorySummary *> &rows, bool withField )
{
  QStringList headers;
  if ( withField )
    headers << QObject::tr( "Field" );
  headers << QObject::tr( "Category" ) << QObject::tr( "Seed n" ) << QObject::tr( "Seed %" ) << QObject::tr( "Base n" ) << QObject::tr( "Base %" )
          << QObject::tr( "Index" ) << QObject::tr( "95% interval" ) << QObject::tr( "Quadrant" );
  const bool adjusted = !rows.empty() && std::all_of( rows.begin(), rows.end(), []( const engine::CategorySummary *row )
                                                      { return row->hasAdjusted; } );
  if ( adjusted )
    headers << QObject::tr( "Adjusted odds ratio" ) << QObject::tr( "95% interval" );
  html::Table table( headers );
  for ( const engine::CategorySummary *row : rows )
  {
    QList<html::Cell> cells;
    if ( withField )
      cells << html::Cell::text( row->fieldName );
    cells << html::Cell::text( categoryCaption( profile, *row ) ) << html::Cell::number( html::formatCount( row->seedCount ) )
          << html::Cell::number( html::formatNumber( row->seedPercent, 1 ) ) << html::Cell::number( html::formatCount( row->baseCount ) )
          << html::Cell::number( html::formatNumber( row->basePercent, 1 ) ) << html::Cell::number( html::formatIndex( row->index.index ) )
          << html::Cell::number( html::formatIndexInterval( row->index.low, row->index.high ) ) << html::Cell::text( quadrantLabel( row->quadrant ) );
    if ( adjusted )
      cells << html::Cell::number( html::formatNumber( row->adjustedOddsRatio, 2 ) )
            << html::Cell::number( QObject::tr( "%1 – %2" ).arg( html::formatNumber( row->adjustedLow, 2 ), html::formatNumber( row->adjustedHigh, 2 ) ) );
    table.addRow( cells, row->index.significant );
  }
  return table;
}

} // namespace

namespace
{

html::Document reportDocument( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName )
{
  html::Document document( QObject::tr( "Target group profile" ) );
  document.addParagraph( QObject::tr( "Layer: %1" ).arg( sourceName ) );
  html::Table sizes;
  sizes.addRow( { html::Cell::header( QObject::tr( "Seed households" ) ), html::Cell::number( html::formatCount( profile.seedCount ) ), html::Cell::text( profile.seedExpression ) } );
  sizes.addRow( { html::Cell::header( QObject::tr( "Comparison base" ) ), html::Cell::number( html::formatCount( profile.baseCount ) ),
                  profile.baseExpression.empty() ? html::Cell::text( QObject::tr( "all households" ) ) : html::Cell::text( profile.baseExpression ) } );
  document.addTable( sizes );
  document.addParagraph( QObject::tr( "Index 100 = the same share as in the comparison base. Bars show the index, black lines its 95% interval; "
                                      "blue = significantly over-represented, red = significantly under-represented, grey = not significant. "
                                      "Categories with fewer than %1 seed or base households are merged into \"(other)\"." )
                             .arg( html::formatCount( profile.minCell ) ) );

  const engine::ProfileSelfAssessment &assessment = profile.selfAssessment;
  if ( assessment.folds > 0 )
  {
    document.addHeading( 2, QObject::tr( "How well the profile recognises the seed (self-assessment)" ) );
    document.addParagraph( QObject::tr( "The seed was split at random into %1 parts. Each part in turn was left out, the profile was fitted on the rest, "
                                        "and the left-out seed households were ranked among the other base households. A method that recognises the "
                                        "seed puts many of them near the top: by chance 10% would be in the top 10%, and the AUC (the chance that a "
                                        "left-out seed household ranks above a random base household) would be 0.5." )
                               .arg( assessment.folds ) );
    html::Table quality( { QObject::tr( "Method" ), QObject::tr( "Held-out seed in the top 10%" ), QObject::tr( "in the top 20%" ), QObject::tr( "AUC" ) } );
    auto addMethod = [&]( const QString &name, const engine::RankingQuality &ranking, bool chosen )
    {
      quality.addRow( { html::Cell::text( name ), html::Cell::number( html::formatNumber( 100 * ranking.recallTop10, 1 ) + QStringLiteral( "%" ) ),
                        html::Cell::number( html::formatNumber( 100 * ranking.recallTop20, 1 ) + QStringLiteral( "%" ) ), html::Cell::number( html::formatNumber( ranking.auc, 3 ) ) },
                      chosen );
    };
    const bool logistic = assessment.recommended == engine::ScoringMethod::PuLogistic;
    addMethod( QObject::tr( "Profile likelihood" ), assessment.likelihood, !logistic );
    addMethod( QObject::tr( "PU logistic model" ), assessment.puLogistic, logistic );
    document.addTable( quality );
    document.addParagraph( logistic ? QObject::tr( "Recommended, and used by “Score households” by default: the PU logistic model, because it ranked the held-out seed households clearly higher: "
                                                   "AUC %1 against %2, a gain of more than twice its standard error (%3)." )
                                          .arg( html::formatNumber( assessment.puLogistic.auc, 3 ), html::formatNumber( assessment.likelihood.auc, 3 ), html::formatNumber( assessment.aucDifferenceError, 3 ) )
                                    : QObject::tr( "Recommended, and used by “Score households” by default: the profile likelihood. The PU logistic model is recommended only when it ranks the held-out "
                                                   "seed households clearly higher, by more than twice the standard error of the difference (here AUC %1 against %2, standard error %3): "
                                                   "it also learns the seed's own peculiarities, noise included, which flatters it in this assessment." )
                                          .arg( html::formatNumber( assessment.puLogistic.auc, 3 ), html::formatNumber( assessment.likelihood.auc, 3 ), html::formatNumber( assessment.aucDifferenceError, 3 ) ) );
    document.addParagraph( QObject::tr( "What this does not say: how well the target group as a whole is found. Seed households were found through the library "
                                        "and resemble each other more than they resemble target households the library never reaches, so these figures are "
                                        "optimistic for the whole target group. Use them to compare methods and profiles, not as an accuracy at address level." ) );
  }

  document.addHeading( 2, QObject::tr( "Profile fields (used for scoring)" ) );
  if ( profile.logisticModel.present )
    document.addParagraph( QObject::tr( "Adjusted odds ratio: what still sets the seed apart when the other fields are taken into account — the PU logistic "
                                        "model's odds of being seed in this category against the field's average household, other fields equal "
                                        "(1 = no difference), with its 95% interval." ) );
  for ( const engine::ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    std::vector<const engine::CategorySummary *> rows;
    for ( const engine::CategorySummary &summary : summaries )
    {
      if ( summary.fieldName == field.name )
        rows.push_back( &summary );
    }
    document.addHeading( 3, QString::fromStdString( field.name ) );
    document.addMarkup( indexChartSvg( profile, rows, false ) );
    document.addTable( categoryTable( profile, rows, false ) );
  }

  std::vector<const engine::CategorySummary *> softRows;
  for ( const engine::CategorySummary &summary : summaries )
  {
    if ( !summary.usedForScoring )
      softRows.push_back( &summary );
  }
  if ( !softRows.empty() )
  {
    std::stable_sort( softRows.begin(), softRows.end(), []( const engine::CategorySummary *a, const engine::CategorySummary *b )
                      {
      const double left = std::isfinite( a->index.index ) ? a->index.index : -1;
      const double right = std::isfinite( b->index.index ) ? b->index.index : -1;
      return left > right; } );
    document.addHeading( 2, QObject::tr( "Soft characteristics (sorted by index)" ) );
    document.addParagraph( QObject::tr( "Interests, media and buying behaviour that set the seed apart: use the high ones to reach and hold the target group." ) );
    document.addMarkup( indexChartSvg( profile, softRows, true ) );
    document.addTable( categoryTable( profile, softRows, true ) );
  }
  return document;
}

} // namespace

QString categoryCaption( const engine::Profile &profile, const engine::CategorySummary &summary )
{
  if ( summary.label == engine::kMissingCategory )
    return QObject::tr( "(missing)" );
  if ( summary.label == engine::kOtherCategory )
    return QObject::tr( "(other)" );
  const auto field = std::find_if( profile.fields.begin(), profile.fields.end(), [&summary]( const engine::ProfileField &candidate )
                                   { return candidate.name == summary.fieldName; } );
  if ( field != profile.fields.end() && isYesNoField( *field ) )
    return summary.label == "1" ? QObject::tr( "yes" ) : QObject::tr( "no" );
  return QString::fromStdString( summary.label );
}

QString profileReportHtml( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName )
{
  return reportDocument( profile, summaries, sourceName ).toHtml();
}

void writeProfileReport( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName, const QString &path )
{
  reportDocument( profile, summaries, sourceName ).write( path );
}

} // namespace targetgroup
