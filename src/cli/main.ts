/** Entry point of the `dyad` command line. */
export async function main(argv: readonly string[]): Promise<number> {
  console.log(argv.length);
  return 0;
}
