// Generated from specs/alihouse/alibaba.alihouse.newhome.talent.bind.store.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.talent.bind.store` (达人号门店关系绑定). */
export interface AlibabaAlihouseNewhomeTalentBindStoreRequest {
  /** aaa */
  store_talent_list: AlibabaAlihouseNewhomeTalentBindStoreStoreTalentDTOInput;
}

/** Response of `alibaba.alihouse.newhome.talent.bind.store`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeTalentBindStoreResponse {
  /** code */
  return_code?: string;
  /** 绑定关系结果列表 */
  data?: AlibabaAlihouseNewhomeTalentBindStoreStoreTalentBindingResponseDTO[];
  /** aaa */
  return_success?: boolean;
  /** aa */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreTalentDTO` of `alibaba.alihouse.newhome.talent.bind.store`. */
export interface AlibabaAlihouseNewhomeTalentBindStoreStoreTalentDTOInput {
  /** 外部id */
  target_id: string;
  /** 达人号 */
  talent_id?: string;
  /** 账号类型 */
  account_type: Int64Input;
  /** 是否换绑 */
  is_change_binding?: Int64Input;
  /** 测试标 */
  is_test?: Int64Input;
  /** 支付宝生活号id */
  alipay_life_ids?: string;
  /** 1-绑定淘宝直播达人号 2-绑定支付宝直播主播号 默认为1（兼容，之后必填） */
  bind_type?: Int64Input;
}

/** `StoreTalentBindingResponseDTO` of `alibaba.alihouse.newhome.talent.bind.store`. */
export interface AlibabaAlihouseNewhomeTalentBindStoreStoreTalentBindingResponseDTO {
  /** 外部id */
  target_id?: string;
  /** 达人号 */
  talent_id?: string;
  /** 账号类型 */
  account_type?: Int64;
  /** 是否绑定成功 */
  is_success?: Int64;
  /** 错误原因 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  store_talent_list: {
    target_id: 'String',
    talent_id: 'String',
    account_type: 'Number',
    is_change_binding: 'Number',
    is_test: 'Number',
    alipay_life_ids: 'String',
    bind_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: [
    {
      target_id: 'String',
      talent_id: 'String',
      account_type: 'Number',
      is_success: 'Number',
      msg: 'String',
    },
  ],
  return_success: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.talent.bind.store`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeTalentBindStoreOperation = {
  method: 'alibaba.alihouse.newhome.talent.bind.store',
  responseRoot: 'alibaba_alihouse_newhome_talent_bind_store_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 达人号门店关系绑定 — calls TOP method `alibaba.alihouse.newhome.talent.bind.store`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeTalentBindStore(
  client: TopClient,
  request: AlibabaAlihouseNewhomeTalentBindStoreRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeTalentBindStoreResponse> {
  return client.call<AlibabaAlihouseNewhomeTalentBindStoreResponse>(
    {
      method: 'alibaba.alihouse.newhome.talent.bind.store',
      responseRoot: 'alibaba_alihouse_newhome_talent_bind_store_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
