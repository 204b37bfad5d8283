// Generated from specs/idle/alibaba.idle.spu.register.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.spu.register.modify` (服务商spu挂载接口). */
export interface AlibabaIdleSpuRegisterModifyRequest {
  /** 入参 */
  idle_spu_register4_top_dto?: AlibabaIdleSpuRegisterModifyIdleSpuRegister4TopDtoInput;
}

/** Response of `alibaba.idle.spu.register.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleSpuRegisterModifyResponse {
  /** result */
  result?: AlibabaIdleSpuRegisterModifyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleSpuRegister4TopDto` of `alibaba.idle.spu.register.modify`. */
export interface AlibabaIdleSpuRegisterModifyIdleSpuRegister4TopDtoInput {
  /** 操作类型，0新增，-1删除。当spu第一次挂载时，会进入1测试中状态。服务商联调通过后，需要再次挂载，actionType还传0，挂载信息状态会变成0已上线。 */
  action_type: Int64Input;
  /** 业务场景编码, 如YHB_3C、RECYCLE_PHONE，具体值由挂载spu文档给出 */
  scene: string;
  /** spuId 具体值由挂载spu文档给出 */
  spu_id: Int64Input;
}

/** `Result` of `alibaba.idle.spu.register.modify`. */
export interface AlibabaIdleSpuRegisterModifyResult {
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
  idle_spu_register4_top_dto: {
    action_type: 'Number',
    scene: 'String',
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

/** Static description of `alibaba.idle.spu.register.modify`: method, response root, request and response schemas. */
export const alibabaIdleSpuRegisterModifyOperation = {
  method: 'alibaba.idle.spu.register.modify',
  responseRoot: 'alibaba_idle_spu_register_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商spu挂载接口 — calls TOP method `alibaba.idle.spu.register.modify`.
 *
 * 闲鱼服务商通过此接口进行spu挂载，指明自己支持对该spu的服务(回收、验货等)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleSpuRegisterModify(
  client: TopClient,
  request: AlibabaIdleSpuRegisterModifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleSpuRegisterModifyResponse> {
  return client.call<AlibabaIdleSpuRegisterModifyResponse>(
    {
      method: 'alibaba.idle.spu.register.modify',
      responseRoot: 'alibaba_idle_spu_register_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
