// Generated from specs/idle/alibaba.idle.appraise.spu.register.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.appraise.spu.register.modify` (验货宝服务商spu挂载). */
export interface AlibabaIdleAppraiseSpuRegisterModifyRequest {
  /** 入参 */
  idle_appraise_spu_register4_top_dto: AlibabaIdleAppraiseSpuRegisterModifyIdleAppraiseSpuRegister4TopDTOInput;
}

/** Response of `alibaba.idle.appraise.spu.register.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleAppraiseSpuRegisterModifyResponse {
  /** result */
  result?: AlibabaIdleAppraiseSpuRegisterModifyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleAppraiseSpuRegister4TopDTO` of `alibaba.idle.appraise.spu.register.modify`. */
export interface AlibabaIdleAppraiseSpuRegisterModifyIdleAppraiseSpuRegister4TopDTOInput {
  /** 操作类型，0新增，-1删除。当spu第一次挂载时，会进入1测试中状态。服务商联调通过后，需要再次挂载，actionType还传0，挂载信息状态会变成0已上线。 */
  action_type: Int64Input;
  /** 验货类型，1新品，2二手 */
  appraise_scene: Int64Input;
  /** brandId */
  brand_id?: Int64Input;
  /** 类目Id */
  cate_id: string;
  /** spuId */
  spu_id?: Int64Input;
}

/** `Result` of `alibaba.idle.appraise.spu.register.modify`. */
export interface AlibabaIdleAppraiseSpuRegisterModifyResult {
  /** errCode */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
  /** spu挂载信息后台状态，0在线，-1删除，1测试中。当spu第一次挂载时，会进入1测试中状态。服务商联调通过后，需要再次挂载，actionType还传0，挂载信息状态会变成0已上线。 */
  module?: Int64;
  /** 是否挂载成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  idle_appraise_spu_register4_top_dto: {
    action_type: 'Number',
    appraise_scene: 'Number',
    brand_id: 'Number',
    cate_id: 'String',
    spu_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    module: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.appraise.spu.register.modify`: method, response root, request and response schemas. */
export const alibabaIdleAppraiseSpuRegisterModifyOperation = {
  method: 'alibaba.idle.appraise.spu.register.modify',
  responseRoot: 'alibaba_idle_appraise_spu_register_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 验货宝服务商spu挂载 — calls TOP method `alibaba.idle.appraise.spu.register.modify`.
 *
 * 闲鱼接收回收商spu模板挂载信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleAppraiseSpuRegisterModify(
  client: TopClient,
  request: AlibabaIdleAppraiseSpuRegisterModifyRequest,
  options?: CallOptions,
): Promise<AlibabaIdleAppraiseSpuRegisterModifyResponse> {
  return client.call<AlibabaIdleAppraiseSpuRegisterModifyResponse>(
    {
      method: 'alibaba.idle.appraise.spu.register.modify',
      responseRoot: 'alibaba_idle_appraise_spu_register_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
