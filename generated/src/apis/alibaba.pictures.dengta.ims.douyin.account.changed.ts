// Generated from specs/dengta/alibaba.pictures.dengta.ims.douyin.account.changed.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pictures.dengta.ims.douyin.account.changed` (接收发生变化的抖音帐号). */
export interface AlibabaPicturesDengtaImsDouyinAccountChangedRequest {
  /** 天下秀账号ID列表，多个用逗号分隔 */
  account_ids: string;
  /** 3=抖音，1-微博 2-微信 */
  account_type: Int64Input;
  /** 1 下架 2 账号变更（包括账号上架） */
  change_type: Int64Input;
}

/** Response of `alibaba.pictures.dengta.ims.douyin.account.changed`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPicturesDengtaImsDouyinAccountChangedResponse {
  /** 接口返回model */
  result?: AlibabaPicturesDengtaImsDouyinAccountChangedGeneralResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GeneralResult` of `alibaba.pictures.dengta.ims.douyin.account.changed`. */
export interface AlibabaPicturesDengtaImsDouyinAccountChangedGeneralResult {
  /** 请求标识 */
  trace_id?: string;
  /** 返回码 */
  code?: string;
  /** 是否成功 */
  value?: boolean;
}

const REQUEST_SCHEMA = {
  account_ids: 'String',
  account_type: 'Number',
  change_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    code: 'String',
    value: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pictures.dengta.ims.douyin.account.changed`: method, response root, request and response schemas. */
export const alibabaPicturesDengtaImsDouyinAccountChangedOperation = {
  method: 'alibaba.pictures.dengta.ims.douyin.account.changed',
  responseRoot: 'alibaba_pictures_dengta_ims_douyin_account_changed_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 接收发生变化的抖音帐号 — calls TOP method `alibaba.pictures.dengta.ims.douyin.account.changed`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPicturesDengtaImsDouyinAccountChanged(
  client: TopClient,
  request: AlibabaPicturesDengtaImsDouyinAccountChangedRequest,
  options?: CallOptions,
): Promise<AlibabaPicturesDengtaImsDouyinAccountChangedResponse> {
  return client.call<AlibabaPicturesDengtaImsDouyinAccountChangedResponse>(
    {
      method: 'alibaba.pictures.dengta.ims.douyin.account.changed',
      responseRoot: 'alibaba_pictures_dengta_ims_douyin_account_changed_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
