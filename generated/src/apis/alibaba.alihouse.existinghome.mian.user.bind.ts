// Generated from specs/alihouse/alibaba.alihouse.existinghome.mian.user.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.mian.user.bind` (主账号入驻). */
export interface AlibabaAlihouseExistinghomeMianUserBindRequest {
  /** dto */
  main_account_req_dto: AlibabaAlihouseExistinghomeMianUserBindMainAccountReqDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.mian.user.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeMianUserBindResponse {
  /** result */
  result?: AlibabaAlihouseExistinghomeMianUserBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MainAccountReqDTO` of `alibaba.alihouse.existinghome.mian.user.bind`. */
export interface AlibabaAlihouseExistinghomeMianUserBindMainAccountReqDTOInput {
  /** 账号主体外部id */
  outer_target_id: string;
  /** 主账号昵称 */
  main_user_nick: string;
  /** 是否测试 0-非测试 1-测试 */
  is_test?: Int64Input;
  /** 账号类型 1-公司 2-城市品牌公司 3-品牌 4-门店 5-签约公司 */
  account_type: Int64Input;
  /** etc版本号 */
  etc_version: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.mian.user.bind`. */
export interface AlibabaAlihouseExistinghomeMianUserBindResult {
  /** code */
  code?: string;
  /** data */
  data?: boolean;
  /** success */
  success?: boolean;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  main_account_req_dto: {
    outer_target_id: 'String',
    main_user_nick: 'String',
    is_test: 'Number',
    account_type: 'Number',
    etc_version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.mian.user.bind`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeMianUserBindOperation = {
  method: 'alibaba.alihouse.existinghome.mian.user.bind',
  responseRoot: 'alibaba_alihouse_existinghome_mian_user_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 主账号入驻 — calls TOP method `alibaba.alihouse.existinghome.mian.user.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeMianUserBind(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeMianUserBindRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeMianUserBindResponse> {
  return client.call<AlibabaAlihouseExistinghomeMianUserBindResponse>(
    {
      method: 'alibaba.alihouse.existinghome.mian.user.bind',
      responseRoot: 'alibaba_alihouse_existinghome_mian_user_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
