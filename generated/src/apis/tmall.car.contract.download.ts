// Generated from specs/servicecenter/tmall.car.contract.download.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.contract.download` (合同下载). */
export interface TmallCarContractDownloadRequest {
  /** 天猫订单号 */
  order_id?: Int64Input;
  /** 是否下载html，true是html，false是pdf， html速度会快一点 */
  html?: boolean;
}

/** Response of `tmall.car.contract.download`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarContractDownloadResponse {
  /** 结果 */
  result?: TmallCarContractDownloadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.car.contract.download`. */
export interface TmallCarContractDownloadResult {
  /** 当前时间 */
  gmt_current_time?: Int64;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 返回的合同二进制文件 */
  objects?: string;
  /** 成功与否 */
  success?: boolean;
  /** 消耗时间 */
  cost_time?: Int64;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  html: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    objects: 'byte[]',
    success: 'Boolean',
    cost_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.contract.download`: method, response root, request and response schemas. */
export const tmallCarContractDownloadOperation = {
  method: 'tmall.car.contract.download',
  responseRoot: 'tmall_car_contract_download_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合同下载 — calls TOP method `tmall.car.contract.download`.
 *
 * 目前天猫开新车会在线上签署一份合同，协议，需要一个个在已卖出打开，另存为pdf，人工一个个下载比较麻烦，期望通过接口直接读取pdf；
 * 因为比较耗时，建议一个个下载，假设并发下载，很可能限流，每天的调用量有限；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarContractDownload(
  client: TopClient,
  request: TmallCarContractDownloadRequest = {},
  options?: CallOptions,
): Promise<TmallCarContractDownloadResponse> {
  return client.call<TmallCarContractDownloadResponse>(
    {
      method: 'tmall.car.contract.download',
      responseRoot: 'tmall_car_contract_download_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
