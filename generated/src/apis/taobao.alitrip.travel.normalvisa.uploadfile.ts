// Generated from specs/normalvisa/taobao.alitrip.travel.normalvisa.uploadfile.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.normalvisa.uploadfile` (上传电子签证). */
export interface TaobaoAlitripTravelNormalvisaUploadfileRequest {
  /** 文件 */
  file_bytes: TopFile;
  /** 文件名：注意文件名请保证和上传的文件一直 */
  file_name: string;
  /** 订单id */
  biz_order_id: Int64Input;
}

/** Response of `taobao.alitrip.travel.normalvisa.uploadfile`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelNormalvisaUploadfileResponse {
  /** 结果：包含results则代表成功保存 */
  result?: TaobaoAlitripTravelNormalvisaUploadfileResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.alitrip.travel.normalvisa.uploadfile`. */
export interface TaobaoAlitripTravelNormalvisaUploadfileResultSet {
  /** 结果列表 */
  results?: boolean[];
  /** 数量 */
  total_results?: Int64;
  /** 是否包含下一个 */
  has_next?: boolean;
  /** 异常 */
  exception?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  file_bytes: 'byte[]',
  file_name: 'String',
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: ['Boolean'],
    total_results: 'Number',
    has_next: 'Boolean',
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.normalvisa.uploadfile`: method, response root, request and response schemas. */
export const taobaoAlitripTravelNormalvisaUploadfileOperation = {
  method: 'taobao.alitrip.travel.normalvisa.uploadfile',
  responseRoot: 'alitrip_travel_normalvisa_uploadfile_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传电子签证 — calls TOP method `taobao.alitrip.travel.normalvisa.uploadfile`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelNormalvisaUploadfile(
  client: TopClient,
  request: TaobaoAlitripTravelNormalvisaUploadfileRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelNormalvisaUploadfileResponse> {
  return client.call<TaobaoAlitripTravelNormalvisaUploadfileResponse>(
    {
      method: 'taobao.alitrip.travel.normalvisa.uploadfile',
      responseRoot: 'alitrip_travel_normalvisa_uploadfile_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
