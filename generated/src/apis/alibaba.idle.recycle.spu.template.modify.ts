// Generated from specs/idle/alibaba.idle.recycle.spu.template.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.recycle.spu.template.modify` (闲鱼接收回收商spu模板挂载信息). */
export interface AlibabaIdleRecycleSpuTemplateModifyRequest {
  /** 服务商支持的SPU挂载 */
  recycle_spu_template?: AlibabaIdleRecycleSpuTemplateModifyRecycleSpuTemplateInput;
}

/** Response of `alibaba.idle.recycle.spu.template.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRecycleSpuTemplateModifyResponse {
  /** 出参 */
  result?: AlibabaIdleRecycleSpuTemplateModifyRecycleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecycleSpuTemplate` of `alibaba.idle.recycle.spu.template.modify`. */
export interface AlibabaIdleRecycleSpuTemplateModifyRecycleSpuTemplateInput {
  /** 服务商支持的SPU挂载：0和2：第一次请求预挂载新增，二次请求上线，上线后状态不会再变化；1：下线； */
  action_type?: Int64Input;
  /** 淘宝商家ID，recycle_type = 2时才有效 */
  recycle_supplier_id?: Int64Input;
  /** 可选， 回收V1版本：3C数码"3C"，奢侈品"LUXURIES"，大件"BULKS"，车"CAR",母婴"BABY"，办公设备"OFFICE"，美妆"MAKEUP"，服装"CLOTHING"，低残值"LOWVALUE"，虚拟卡券"VIRTUAL" */
  biz_code?: string;
  /** SPUID */
  spu_id?: Int64Input;
  /** 回收商类型：1：专业服务商 2：淘宝商家 */
  recycle_type?: Int64Input;
  /** 业务支持的产品类型：BM：帮卖，HS：回收，YJHX:天猫以旧换新，SYHS：淘宝私域回收 */
  pd_code?: string;
}

/** `RecycleResult` of `alibaba.idle.recycle.spu.template.modify`. */
export interface AlibabaIdleRecycleSpuTemplateModifyRecycleResult {
  /** 闲鱼状态 0：为在线 1：待测试 */
  spu_status?: Int64;
  /** 结果 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
}

const REQUEST_SCHEMA = {
  recycle_spu_template: {
    action_type: 'Number',
    recycle_supplier_id: 'Number',
    biz_code: 'String',
    spu_id: 'Number',
    recycle_type: 'Number',
    pd_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    spu_status: 'Number',
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.recycle.spu.template.modify`: method, response root, request and response schemas. */
export const alibabaIdleRecycleSpuTemplateModifyOperation = {
  method: 'alibaba.idle.recycle.spu.template.modify',
  responseRoot: 'alibaba_idle_recycle_spu_template_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼接收回收商spu模板挂载信息 — calls TOP method `alibaba.idle.recycle.spu.template.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRecycleSpuTemplateModify(
  client: TopClient,
  request: AlibabaIdleRecycleSpuTemplateModifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleRecycleSpuTemplateModifyResponse> {
  return client.call<AlibabaIdleRecycleSpuTemplateModifyResponse>(
    {
      method: 'alibaba.idle.recycle.spu.template.modify',
      responseRoot: 'alibaba_idle_recycle_spu_template_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
