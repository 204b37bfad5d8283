// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.bill.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.bill.upload` (上传入出库单api). */
export interface AlibabaAlihealthTracecodesellerBillUploadRequest {
  /** 身份认证 */
  skey_code: string;
  /** 商家id */
  ent_info_id: Int64Input;
  /** 单据编号 */
  bill_code: string;
  /** 出入库类型 */
  type: string;
  /** 出入库时间 精确到 年 月 日 时 分 秒 */
  time: string;
  /** 自己仓库id */
  warehouse_id: Int64Input;
  /** 渠道商id */
  ent_merchant_id: Int64Input;
  /** 把txt格式的文件转成16进制的字符串，txt文件是每个码一行 */
  code_info: string;
}

/** Response of `alibaba.alihealth.tracecodeseller.bill.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerBillUploadResponse {
  /** model */
  model?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  skey_code: 'String',
  ent_info_id: 'Number',
  bill_code: 'String',
  type: 'String',
  time: 'String',
  warehouse_id: 'Number',
  ent_merchant_id: 'Number',
  code_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.bill.upload`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerBillUploadOperation = {
  method: 'alibaba.alihealth.tracecodeseller.bill.upload',
  responseRoot: 'alibaba_alihealth_tracecodeseller_bill_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传入出库单api — calls TOP method `alibaba.alihealth.tracecodeseller.bill.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerBillUpload(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerBillUploadRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerBillUploadResponse> {
  return client.call<AlibabaAlihealthTracecodesellerBillUploadResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.bill.upload',
      responseRoot: 'alibaba_alihealth_tracecodeseller_bill_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
