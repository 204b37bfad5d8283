// Generated from specs/einvoice/alibaba.einvoice.prod.result.fileurl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.prod.result.fileurl.get` (发票中台-发票文件下载地址查询). */
export interface AlibabaEinvoiceProdResultFileurlGetRequest {
  /** 业务平台商户ID/卖家用户ID */
  platform_user_id: string;
  /** 发票号码 */
  invoice_no: string;
  /** 发票代码 */
  invoice_code: string;
  /** 发票文件类型，小写，pdf/ofd/jpg */
  file_type: string;
  /** 业务平台code, 由发票中台分配 */
  platform_code: string;
}

/** Response of `alibaba.einvoice.prod.result.fileurl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceProdResultFileurlGetResponse {
  /** 发票版式文件下载地址。下载链接是一次性链接，有效期1天。请发票文件下载后本地保存， 若异常导致需要再次下载文件，请再次请求接口获取。 */
  file_download_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  platform_user_id: 'String',
  invoice_no: 'String',
  invoice_code: 'String',
  file_type: 'String',
  platform_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  file_download_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.prod.result.fileurl.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceProdResultFileurlGetOperation = {
  method: 'alibaba.einvoice.prod.result.fileurl.get',
  responseRoot: 'alibaba_einvoice_prod_result_fileurl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票中台-发票文件下载地址查询 — calls TOP method `alibaba.einvoice.prod.result.fileurl.get`.
 *
 * 发票文件下载地址查询，外部ISV通过该接口可以查对应发票文件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceProdResultFileurlGet(
  client: TopClient,
  request: AlibabaEinvoiceProdResultFileurlGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceProdResultFileurlGetResponse> {
  return client.call<AlibabaEinvoiceProdResultFileurlGetResponse>(
    {
      method: 'alibaba.einvoice.prod.result.fileurl.get',
      responseRoot: 'alibaba_einvoice_prod_result_fileurl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
