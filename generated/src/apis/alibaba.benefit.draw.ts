// Generated from specs/promotion/alibaba.benefit.draw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.benefit.draw` (抽奖接口). */
export interface AlibabaBenefitDrawRequest {
  /** 奖池唯一标识，奖池创建时即生成 */
  ename: string;
  /** 调用方AppName：规定为promotioncenter-$\{appId} */
  app_name: string;
  /** 调用方应用ip，非必填 */
  ip?: string;
}

/** Response of `alibaba.benefit.draw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBenefitDrawResponse {
  /** 接口返回model */
  result?: AlibabaBenefitDrawResult;
  /** 权益id */
  prize_id?: string;
  /** 奖品id */
  right_id?: string;
  /** 扩展信息 */
  ext_attribute?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.benefit.draw`. */
export interface AlibabaBenefitDrawResult {
  /** message */
  result_msg?: string;
  /** code */
  result_code?: string;
  /** 是否成功 */
  result_success?: boolean;
}

const REQUEST_SCHEMA = {
  ename: 'String',
  app_name: 'String',
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    result_code: 'String',
    result_success: 'Boolean',
  },
  prize_id: 'String',
  right_id: 'String',
  ext_attribute: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.benefit.draw`: method, response root, request and response schemas. */
export const alibabaBenefitDrawOperation = {
  method: 'alibaba.benefit.draw',
  responseRoot: 'alibaba_benefit_draw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 抽奖接口 — calls TOP method `alibaba.benefit.draw`.
 *
 * 功能：抽奖功能，供小程序抽奖调用
 * 业务逻辑：程序中通过奖池编号ename,业务方身份appName来查询奖池，根据授权用户(买家)来确认抽奖用户。然后程序进行抽奖流程。
 * 小程。
 * 安全保障：为保证数据不会越权，需要买家授，并且验证系统参数appKey。只有通过授权的，并且
 * appkey验证通过的，才会进入抽奖流程，否则直接失败。
 * 因为appkey是系统参数，并且程序内部可以验证appkey和业务身份appName的关系
 * 是否一致，所以可以保证参数appName的合法性，没有越权。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBenefitDraw(
  client: TopClient,
  request: AlibabaBenefitDrawRequest,
  options?: CallOptions,
): Promise<AlibabaBenefitDrawResponse> {
  return client.call<AlibabaBenefitDrawResponse>(
    {
      method: 'alibaba.benefit.draw',
      responseRoot: 'alibaba_benefit_draw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
