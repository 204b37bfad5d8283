// Generated from specs/ascpchannel/alibaba.ascp.industry.launch.extra.charge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.launch.extra.charge` (阿里巴巴.行业.增加费用.服务商发起). */
export interface AlibabaAscpIndustryLaunchExtraChargeRequest {
  /** 请求对象 */
  oms_launch_extra_charge_parameter: AlibabaAscpIndustryLaunchExtraChargeOmsLaunchExtraChargeParameterInput;
}

/** Response of `alibaba.ascp.industry.launch.extra.charge`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryLaunchExtraChargeResponse {
  /** 返回对象 */
  result?: AlibabaAscpIndustryLaunchExtraChargeResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmsLaunchExtraChargeParameter` of `alibaba.ascp.industry.launch.extra.charge`. */
export interface AlibabaAscpIndustryLaunchExtraChargeOmsLaunchExtraChargeParameterInput {
  /** BFC单号 */
  wds_coordination_order_id: string;
  /** 发起调整金额 单位：分 */
  price: Int64Input;
  /** 原因类型 : 1为服务费用 2为二次上门费用 3为代付费用 4为配件费用 5为拆旧费用 6为维修费用 7为空跑费用 8为其它费用 */
  type: Int64Input;
  /** 描述 */
  desc?: string;
  /** 扩展字段 */
  feature?: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.launch.extra.charge`. */
export interface AlibabaAscpIndustryLaunchExtraChargeResultWrapper {
  /** 调用是否成功 */
  success?: boolean;
  /** 返回对象 */
  data?: AlibabaAscpIndustryLaunchExtraChargeData;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `Data` of `alibaba.ascp.industry.launch.extra.charge`. */
export interface AlibabaAscpIndustryLaunchExtraChargeData {
  /** 增加费用服务调整单ID */
  extra_charge_service_order_id?: string;
  /** 扩展字段 */
  feature?: string;
}

const REQUEST_SCHEMA = {
  oms_launch_extra_charge_parameter: {
    wds_coordination_order_id: 'String',
    price: 'Number',
    type: 'Number',
    desc: 'String',
    feature: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      extra_charge_service_order_id: 'String',
      feature: 'String',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.launch.extra.charge`: method, response root, request and response schemas. */
export const alibabaAscpIndustryLaunchExtraChargeOperation = {
  method: 'alibaba.ascp.industry.launch.extra.charge',
  responseRoot: 'alibaba_ascp_industry_launch_extra_charge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.行业.增加费用.服务商发起 — calls TOP method `alibaba.ascp.industry.launch.extra.charge`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryLaunchExtraCharge(
  client: TopClient,
  request: AlibabaAscpIndustryLaunchExtraChargeRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryLaunchExtraChargeResponse> {
  return client.call<AlibabaAscpIndustryLaunchExtraChargeResponse>(
    {
      method: 'alibaba.ascp.industry.launch.extra.charge',
      responseRoot: 'alibaba_ascp_industry_launch_extra_charge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
