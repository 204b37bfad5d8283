// Generated from specs/idle/alibaba.idle.pay.plan.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.pay.plan.create` (创建代扣计划). */
export interface AlibabaIdlePayPlanCreateRequest {
  /** 业务入参 */
  agreement_pay_plan_param: AlibabaIdlePayPlanCreateAgreementPayPlanParamInput;
}

/** Response of `alibaba.idle.pay.plan.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdlePayPlanCreateResponse {
  /** 接口返回model */
  result?: AlibabaIdlePayPlanCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgreementPayPlanParam` of `alibaba.idle.pay.plan.create`. */
export interface AlibabaIdlePayPlanCreateAgreementPayPlanParamInput {
  /** 订单代扣总金额（单位分） */
  total_amount: Int64Input;
  /** 商户订单号（唯一建） */
  biz_order_id: string;
  /** R1:闲鱼回收代扣（V1版本） */
  pay_biz_code: string;
  /** 需要拆分的扣款计划,注意只能拆一次只能支持5个 例如[10000,2300] */
  plans: Int64Input[];
}

/** `Result` of `alibaba.idle.pay.plan.create`. */
export interface AlibabaIdlePayPlanCreateResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  err_code?: string;
  /** 服务出参 */
  module?: AlibabaIdlePayPlanCreateSerializable;
  /** 系统自动生成 */
  err_msg?: string;
}

/** `Serializable` of `alibaba.idle.pay.plan.create`. */
export interface AlibabaIdlePayPlanCreateSerializable {
  /** 商户订单号（唯一建） */
  biz_order_id?: string;
  /** 代扣计划列表 */
  plan_ids?: string[];
}

const REQUEST_SCHEMA = {
  agreement_pay_plan_param: {
    total_amount: 'Number',
    biz_order_id: 'String',
    pay_biz_code: 'String',
    plans: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    module: {
      biz_order_id: 'String',
      plan_ids: ['String'],
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.pay.plan.create`: method, response root, request and response schemas. */
export const alibabaIdlePayPlanCreateOperation = {
  method: 'alibaba.idle.pay.plan.create',
  responseRoot: 'alibaba_idle_pay_plan_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建代扣计划 — calls TOP method `alibaba.idle.pay.plan.create`.
 *
 * 闲鱼平台代扣能力：
 * 1、用户和闲鱼签约代扣协议 服务商通过直付通产品挂载成为闲鱼二级商户 来完成用户和服务商的结算
 * 2、创建代扣计划
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdlePayPlanCreate(
  client: TopClient,
  request: AlibabaIdlePayPlanCreateRequest,
  options?: CallOptions,
): Promise<AlibabaIdlePayPlanCreateResponse> {
  return client.call<AlibabaIdlePayPlanCreateResponse>(
    {
      method: 'alibaba.idle.pay.plan.create',
      responseRoot: 'alibaba_idle_pay_plan_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
