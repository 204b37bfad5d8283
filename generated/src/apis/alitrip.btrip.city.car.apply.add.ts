// Generated from specs/btrip/alitrip.btrip.city.car.apply.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.city.car.apply.add` (三方市内用车申请单同步). */
export interface AlitripBtripCityCarApplyAddRequest {
  /** 入参对象 */
  rq: AlitripBtripCityCarApplyAddCityCarApplyAddRqInput;
}

/** Response of `alitrip.btrip.city.car.apply.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCityCarApplyAddResponse {
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** 商旅内部审批单ID */
  module?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CityCarApplyAddRq` of `alitrip.btrip.city.car.apply.add`. */
export interface AlitripBtripCityCarApplyAddCityCarApplyAddRqInput {
  /** 出差事由 */
  cause: string;
  /** 用车城市 */
  city: string;
  /** 第三方企业ID */
  corp_id: string;
  /** 用车时间，按天管控，比如传值2021-03-18 20:26:56表示2021-03-18当天可用车，跨天情况配合finished_date参数使用 */
  date: DateInput;
  /** 审批单关联的项目code */
  project_code?: string;
  /** 审批单关联的项目名 */
  project_name?: string;
  /** 审批单状态：0-申请，1-同意，2-拒绝 */
  status: Int64Input;
  /** 三方审批单ID */
  third_part_apply_id: string;
  /** 审批单关联的三方成本中心ID */
  third_part_cost_center_id: string;
  /** 审批单关联的三方发票抬头ID */
  third_part_invoice_id: string;
  /** 审批单可用总次数 */
  times_total: Int64Input;
  /** 审批单可用次数类型：1-次数不限制，2-用户可指定次数，3-管理员限制次数；如果企业没有限制审批单使用次数的需求，这个参数传1(次数不限制)，同时times_total和times_used都传0即可 */
  times_type: Int64Input;
  /** 审批单已用次数 */
  times_used: Int64Input;
  /** 审批单标题 */
  title: string;
  /** 发起审批的第三方员工ID */
  user_id: string;
  /** 用车截止时间，按天管控，比如date传值2021-03-18 20:26:56、finished_date传值2021-03-30 20:26:56表示2021-03-18(含)到2021-03-30(含)之间可用车，该参数不传值情况使用date作为用车截止时间； */
  finished_date?: DateInput;
}

const REQUEST_SCHEMA = {
  rq: {
    cause: 'String',
    city: 'String',
    corp_id: 'String',
    date: 'Date',
    project_code: 'String',
    project_name: 'String',
    status: 'Number',
    third_part_apply_id: 'String',
    third_part_cost_center_id: 'String',
    third_part_invoice_id: 'String',
    times_total: 'Number',
    times_type: 'Number',
    times_used: 'Number',
    title: 'String',
    user_id: 'String',
    finished_date: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'Number',
  result_msg: 'String',
  module: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.city.car.apply.add`: method, response root, request and response schemas. */
export const alitripBtripCityCarApplyAddOperation = {
  method: 'alitrip.btrip.city.car.apply.add',
  responseRoot: 'alitrip_btrip_city_car_apply_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方市内用车申请单同步 — calls TOP method `alitrip.btrip.city.car.apply.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCityCarApplyAdd(
  client: TopClient,
  request: AlitripBtripCityCarApplyAddRequest,
  options?: CallOptions,
): Promise<AlitripBtripCityCarApplyAddResponse> {
  return client.call<AlitripBtripCityCarApplyAddResponse>(
    {
      method: 'alitrip.btrip.city.car.apply.add',
      responseRoot: 'alitrip_btrip_city_car_apply_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
