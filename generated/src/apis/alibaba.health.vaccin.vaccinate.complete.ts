// Generated from specs/vaccin/alibaba.health.vaccin.vaccinate.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.vaccinate.complete` (接种完成反馈接口). */
export interface AlibabaHealthVaccinVaccinateCompleteRequest {
  /** 支付宝用户 ID */
  alipay_user_id: string;
  /** ISV 侧用户 ID */
  isv_user_id?: string;
  /** 订单 ID */
  order_id?: string;
  /** 接种人姓名 */
  name: string;
  /** 联系电话 */
  mobile?: string;
  /** 接种日期 */
  vaccinate_date: string;
  /** 接种时间 */
  vaccinate_time?: string;
  /**
   * 接种的疫苗信息
   *
   * Max list size: 999
   */
  vaccine_list: AlibabaHealthVaccinVaccinateCompleteVaccineInfoInput[];
}

/** Response of `alibaba.health.vaccin.vaccinate.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinVaccinateCompleteResponse {
  /** 数据结果实体 */
  model?: boolean;
  /** 是否成功执行 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息描述 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VaccineInfo` of `alibaba.health.vaccin.vaccinate.complete`. */
export interface AlibabaHealthVaccinVaccinateCompleteVaccineInfoInput {
  /** 疫苗名称 */
  vaccine_name: string;
  /** 疫苗编码 */
  vaccine_code: string;
  /** 疫苗针次 */
  the_times?: Int64Input;
  /** 阿里健康疫苗编码 */
  vaccine_gb_code: string;
}

const REQUEST_SCHEMA = {
  alipay_user_id: 'String',
  isv_user_id: 'String',
  order_id: 'String',
  name: 'String',
  mobile: 'String',
  vaccinate_date: 'String',
  vaccinate_time: 'String',
  vaccine_list: [
    {
      vaccine_name: 'String',
      vaccine_code: 'String',
      the_times: 'Number',
      vaccine_gb_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.vaccinate.complete`: method, response root, request and response schemas. */
export const alibabaHealthVaccinVaccinateCompleteOperation = {
  method: 'alibaba.health.vaccin.vaccinate.complete',
  responseRoot: 'alibaba_health_vaccin_vaccinate_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 接种完成反馈接口 — calls TOP method `alibaba.health.vaccin.vaccinate.complete`.
 *
 * ISV 将用户完成接种的疫苗同步给免疫规划中心
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinVaccinateComplete(
  client: TopClient,
  request: AlibabaHealthVaccinVaccinateCompleteRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinVaccinateCompleteResponse> {
  return client.call<AlibabaHealthVaccinVaccinateCompleteResponse>(
    {
      method: 'alibaba.health.vaccin.vaccinate.complete',
      responseRoot: 'alibaba_health_vaccin_vaccinate_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
