// Generated from specs/btrip/alitrip.btrip.approval.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.approval.new` (新建审批单). */
export interface AlitripBtripApprovalNewRequest {
  /** 申请单 */
  add_apply_request?: AlitripBtripApprovalNewOpenAddApplyRqInput;
}

/** Response of `alitrip.btrip.approval.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripApprovalNewResponse {
  /** result */
  result?: AlitripBtripApprovalNewBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenAddApplyRq` of `alitrip.btrip.approval.new`. */
export interface AlitripBtripApprovalNewOpenAddApplyRqInput {
  /** 行程列表 */
  itinerary_list: AlitripBtripApprovalNewOpenItineraryInfoInput[];
  /** 申请单标题 */
  trip_title: string;
  /** 申请单id */
  apply_id: string;
  /** 出差天数 */
  trip_day: Int64Input;
  /** 部门名称 */
  depart_name?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 用户id */
  user_id: string;
  /** 用户名称，如果要传必须传真实姓名，如果不传则会以系统当前维护userId对应的名称进行预订 */
  user_name?: string;
  /** 部门id，如果不传，会根据user相关信息去获取对应的部门信息，如果传的是错误的部门信息，后面无法做部门的费用归属；部门ID只能是数字 */
  depart_id?: string;
  /** 出行人列表 */
  traveler_list: AlitripBtripApprovalNewOpenUserInfoInput[];
  /** 出差理由 */
  trip_cause: string;
  /** 企业id */
  corp_id: string;
  /** 审批单状态，不传入默认为0：0审批中，1同意，2拒绝 */
  status?: Int64Input;
  /** 报表展示用的审批单id */
  apply_show_id?: string;
}

/** `OpenItineraryInfo` of `alitrip.btrip.approval.new`. */
export interface AlitripBtripApprovalNewOpenItineraryInfoInput {
  /** 出发城市 */
  dep_city: string;
  /** 交通方式：0飞机, 1,火车, 2汽车, 3其他 */
  traffic_type: Int64Input;
  /** 行程单id */
  itinerary_id: string;
  /** 行程类型：0单程，1往返 */
  trip_way: Int64Input;
  /** 到达日期 */
  arr_date: DateInput;
  /** 出发日期 */
  dep_date: DateInput;
  /** 发票id */
  invoice_id: Int64Input;
  /** 商旅成本中心id，若不填则第三方成本中心id必填 */
  cost_center_id?: Int64Input;
  /** 到达城市 */
  arr_city: string;
  /** 出发城市编码 */
  dep_city_code?: string;
  /** 到达城市编码 */
  arr_city_code?: string;
  /** 第三方成本中心id，若不填则商旅成本中心id必填 */
  thirdpart_cost_center_id?: string;
  /** 项目代号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
}

/** `OpenUserInfo` of `alitrip.btrip.approval.new`. */
export interface AlitripBtripApprovalNewOpenUserInfoInput {
  /** 出行人名称 */
  user_name?: string;
  /** 出行人id */
  user_id: string;
}

/** `BtriphomeResult` of `alitrip.btrip.approval.new`. */
export interface AlitripBtripApprovalNewBtriphomeResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: Int64;
  /** 结果对象 */
  module?: AlitripBtripApprovalNewOpenApiNewApplyRs;
}

/** `OpenApiNewApplyRs` of `alitrip.btrip.approval.new`. */
export interface AlitripBtripApprovalNewOpenApiNewApplyRs {
  /** 用户传入审批单id */
  thirdpart_apply_id?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
}

const REQUEST_SCHEMA = {
  add_apply_request: {
    itinerary_list: [
      {
        dep_city: 'String',
        traffic_type: 'Number',
        itinerary_id: 'String',
        trip_way: 'Number',
        arr_date: 'Date',
        dep_date: 'Date',
        invoice_id: 'Number',
        cost_center_id: 'Number',
        arr_city: 'String',
        dep_city_code: 'String',
        arr_city_code: 'String',
        thirdpart_cost_center_id: 'String',
        project_code: 'String',
        project_title: 'String',
      },
    ],
    trip_title: 'String',
    apply_id: 'String',
    trip_day: 'Number',
    depart_name: 'String',
    corp_name: 'String',
    user_id: 'String',
    user_name: 'String',
    depart_id: 'String',
    traveler_list: [
      {
        user_name: 'String',
        user_id: 'String',
      },
    ],
    trip_cause: 'String',
    corp_id: 'String',
    status: 'Number',
    apply_show_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_msg: 'String',
    result_code: 'Number',
    module: {
      thirdpart_apply_id: 'String',
      apply_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.approval.new`: method, response root, request and response schemas. */
export const alitripBtripApprovalNewOperation = {
  method: 'alitrip.btrip.approval.new',
  responseRoot: 'alitrip_btrip_approval_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建审批单 — calls TOP method `alitrip.btrip.approval.new`.
 *
 * 用户新建审批单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripApprovalNew(
  client: TopClient,
  request: AlitripBtripApprovalNewRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripApprovalNewResponse> {
  return client.call<AlitripBtripApprovalNewResponse>(
    {
      method: 'alitrip.btrip.approval.new',
      responseRoot: 'alitrip_btrip_approval_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
