// Generated from specs/btrip/alitrip.btrip.city.car.apply.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.city.car.apply.query` (三方市内用车申请单查询). */
export interface AlitripBtripCityCarApplyQueryRequest {
  /** 入参对象 */
  rq: AlitripBtripCityCarApplyQueryCityCarApplyQueryRqInput;
}

/** Response of `alitrip.btrip.city.car.apply.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCityCarApplyQueryResponse {
  /** 结果对象 */
  result?: AlitripBtripCityCarApplyQueryBtripApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CityCarApplyQueryRq` of `alitrip.btrip.city.car.apply.query`. */
export interface AlitripBtripCityCarApplyQueryCityCarApplyQueryRqInput {
  /** 第三方企业ID */
  corp_id: string;
  /** 审批单创建时间小于值 */
  created_end_at?: DateInput;
  /** 审批单创建时间大于等于值 */
  created_start_at?: DateInput;
  /** 页码，要求大于等于1，默认1 */
  page_number?: Int64Input;
  /** 每页数据量，要求大于等于1，默认20 */
  page_size?: Int64Input;
  /** 三方审批单ID */
  third_part_apply_id?: string;
  /** 三方员工ID */
  user_id?: string;
}

/** `BtripApplyResult` of `alitrip.btrip.city.car.apply.query`. */
export interface AlitripBtripCityCarApplyQueryBtripApplyResult {
  /** 结果码 */
  err_code?: Int64;
  /** 结果描述 */
  err_msg?: string;
  /** 审批单列表 */
  apply_list?: AlitripBtripCityCarApplyQueryOpenApplyRs[];
  /** 总数 */
  total?: Int64;
}

/** `OpenApplyRs` of `alitrip.btrip.city.car.apply.query`. */
export interface AlitripBtripCityCarApplyQueryOpenApplyRs {
  /** 审批人列表 */
  approver_list?: AlitripBtripCityCarApplyQueryOpenApproverInfo[];
  /** 员工所在部门ID */
  depart_id?: string;
  /** 员工所在部门名 */
  depart_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 最近修改时间 */
  gmt_modified?: string;
  /** 审批单关联的行程 */
  itinerary_list?: AlitripBtripCityCarApplyQueryOpenItineraryInfo[];
  /** 审批单状态：0-申请，1-同意，2-拒绝 */
  status?: Int64;
  /** 审批单状态：0-申请，1-同意，2-拒绝 */
  status_desc?: string;
  /** 三方审批单ID */
  thirdpart_id?: string;
  /** 申请事由 */
  trip_cause?: string;
  /** 审批单标题 */
  trip_title?: string;
  /** 发起审批员工ID */
  user_id?: string;
  /** 发起审批员工名 */
  user_name?: string;
}

/** `OpenApproverInfo` of `alitrip.btrip.city.car.apply.query`. */
export interface AlitripBtripCityCarApplyQueryOpenApproverInfo {
  /** 审批备注 */
  note?: string;
  /** 审批时间 */
  operate_time?: string;
  /** 审批人排序对比值 */
  order?: Int64;
  /** 审批状态枚举：审批状态：0-审批中，1-已同意，2-已拒绝 */
  status?: Int64;
  /** 审批状态描述 */
  status_desc?: string;
  /** 审批员工ID */
  user_id?: string;
  /** 审批员工名 */
  user_name?: string;
}

/** `OpenItineraryInfo` of `alitrip.btrip.city.car.apply.query`. */
export interface AlitripBtripCityCarApplyQueryOpenItineraryInfo {
  /** 目的地城市 */
  arr_city?: string;
  /** 目的地城市三字码 */
  arr_city_code?: string;
  /** 到达目的地城市时间 */
  arr_date?: string;
  /** 商旅内部成本中心ID */
  cost_center_id?: Int64;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发城市三字码 */
  dep_city_code?: string;
  /** 出发时间 */
  dep_date?: string;
  /** 商旅内部发票抬头ID */
  invoice_id?: Int64;
  /** 发票抬头名称 */
  invoice_name?: string;
  /** 商旅内部行程单ID */
  itinerary_id?: string;
  /** 项目code */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 交通方式：4-市内交通 */
  traffic_type?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    created_end_at: 'Date',
    created_start_at: 'Date',
    page_number: 'Number',
    page_size: 'Number',
    third_part_apply_id: 'String',
    user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'Number',
    err_msg: 'String',
    apply_list: [
      {
        approver_list: [
          {
            note: 'String',
            operate_time: 'Date',
            order: 'Number',
            status: 'Number',
            status_desc: 'String',
            user_id: 'String',
            user_name: 'String',
          },
        ],
        depart_id: 'String',
        depart_name: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        itinerary_list: [
          {
            arr_city: 'String',
            arr_city_code: 'String',
            arr_date: 'Date',
            cost_center_id: 'Number',
            cost_center_name: 'String',
            dep_city: 'String',
            dep_city_code: 'String',
            dep_date: 'Date',
            invoice_id: 'Number',
            invoice_name: 'String',
            itinerary_id: 'String',
            project_code: 'String',
            project_title: 'String',
            traffic_type: 'Number',
          },
        ],
        status: 'Number',
        status_desc: 'String',
        thirdpart_id: 'String',
        trip_cause: 'String',
        trip_title: 'String',
        user_id: 'String',
        user_name: 'String',
      },
    ],
    total: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.city.car.apply.query`: method, response root, request and response schemas. */
export const alitripBtripCityCarApplyQueryOperation = {
  method: 'alitrip.btrip.city.car.apply.query',
  responseRoot: 'alitrip_btrip_city_car_apply_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方市内用车申请单查询 — calls TOP method `alitrip.btrip.city.car.apply.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCityCarApplyQuery(
  client: TopClient,
  request: AlitripBtripCityCarApplyQueryRequest,
  options?: CallOptions,
): Promise<AlitripBtripCityCarApplyQueryResponse> {
  return client.call<AlitripBtripCityCarApplyQueryResponse>(
    {
      method: 'alitrip.btrip.city.car.apply.query',
      responseRoot: 'alitrip_btrip_city_car_apply_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
