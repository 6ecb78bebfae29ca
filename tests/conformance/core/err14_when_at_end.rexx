/* WHEN ending the program: Error 14 */
select
  when 1
