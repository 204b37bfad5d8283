// Generated from specs/btrip/alitrip.btrip.apply.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.apply.search` (搜索审批单). */
export interface AlitripBtripApplySearchRequest {
  /** 请求对象 */
  rq?: AlitripBtripApplySearchOpenSearchRqInput;
}

/** Response of `alitrip.btrip.apply.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripApplySearchResponse {
  /** result */
  result?: AlitripBtripApplySearchBtriphomeResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenSearchRq` of `alitrip.btrip.apply.search`. */
export interface AlitripBtripApplySearchOpenSearchRqInput {
  /** 开始时间 */
  start_time?: DateInput;
  /** 页数，从1开始 */
  page?: Int64Input;
  /** 每页返回数量，默认10，最多50 */
  page_size?: Int64Input;
  /** 部门id */
  depart_id?: string;
  /** 结束时间 */
  end_time?: DateInput;
  /** 企业id */
  corp_id: string;
  /** 用户id */
  user_id?: string;
  /** 更新时间大于等于此时间的审批单 */
  gmt_modified?: DateInput;
}

/** `BtriphomeResultSupport` of `alitrip.btrip.apply.search`. */
export interface AlitripBtripApplySearchBtriphomeResultSupport {
  /** 错误码 */
  result_code?: Int64;
  /** 错误消息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
  /** module */
  apply_list?: AlitripBtripApplySearchOpenApplyRs[];
}

/** `OpenApplyRs` of `alitrip.btrip.apply.search`. */
export interface AlitripBtripApplySearchOpenApplyRs {
  /** 审批单id */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 第三方审批单id,如果非第三方审批单则为空 */
  thirdpart_id?: string;
  /** 企业id */
  corp_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 用户id */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
  /** 部门id */
  depart_id?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 出差天数 */
  trip_day?: Int64;
  /** 出差原因 */
  trip_cause?: string;
  /** 出差标题 */
  trip_title?: string;
  /** 审批单状态：0申请 1同意 2拒绝 3转交 4取消 5修改已同意 6撤销已同意 7修改审批中 8已同意(修改被拒绝) 9撤销审批中 10已同意(撤销被拒绝) 11已同意(修改被取消) 12已同意(撤销被取消) */
  status?: string;
  /** 行程单信息 */
  itinerary_list?: AlitripBtripApplySearchOpenItineraryInfo[];
  /** 出行人列表 */
  traveler_list?: AlitripBtripApplySearchOpenUserInfo[];
  /** 审批人信息 */
  approver_list?: AlitripBtripApplySearchOpenApproverInfo[];
  /** 审批展示id */
  apply_show_id?: string;
  /** 审批单状态描述 */
  status_desc?: string;
}

/** `OpenItineraryInfo` of `alitrip.btrip.apply.search`. */
export interface AlitripBtripApplySearchOpenItineraryInfo {
  /** 行程方式：0单程 1往返 */
  trip_way?: Int64;
  /** 行程单唯一id */
  itinerary_id?: string;
  /** 交通方式：0飞机 1火车 2汽车 3其他 */
  traffic_type?: Int64;
  /** 出发城市 */
  dep_city?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 发票抬头 */
  invoice_name?: string;
  /** 2017-05-01 00:00:00 */
  dep_date?: string;
  /** 2017-05-01 00:00:00 */
  arr_date?: string;
}

/** `OpenUserInfo` of `alitrip.btrip.apply.search`. */
export interface AlitripBtripApplySearchOpenUserInfo {
  /** 用户名称 */
  user_name?: string;
  /** 用户id */
  user_id?: string;
}

/** `OpenApproverInfo` of `alitrip.btrip.apply.search`. */
export interface AlitripBtripApplySearchOpenApproverInfo {
  /** 审批人状态：0审批中 1已同意 2已拒绝 3已转交，4已取消 5已终止 6发起审批 7评论 */
  status?: Int64;
  /** 审批人名称 */
  user_name?: string;
  /** 审批人id */
  user_id?: string;
  /** 审批意见 */
  note?: string;
  /** 操作时间 */
  operate_time?: string;
  /** 审批人顺序 */
  order?: Int64;
  /** 审批人状态描述 */
  status_desc?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    start_time: 'Date',
    page: 'Number',
    page_size: 'Number',
    depart_id: 'String',
    end_time: 'Date',
    corp_id: 'String',
    user_id: 'String',
    gmt_modified: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
    apply_list: [
      {
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        thirdpart_id: 'String',
        corp_id: 'String',
        corp_name: 'String',
        user_id: 'String',
        user_name: 'String',
        depart_id: 'String',
        depart_name: 'String',
        trip_day: 'Number',
        trip_cause: 'String',
        trip_title: 'String',
        status: 'String',
        itinerary_list: [
          {
            trip_way: 'Number',
            itinerary_id: 'String',
            traffic_type: 'Number',
            dep_city: 'String',
            arr_city: 'String',
            cost_center_name: 'String',
            invoice_name: 'String',
            dep_date: 'Date',
            arr_date: 'Date',
          },
        ],
        traveler_list: [
          {
            user_name: 'String',
            user_id: 'String',
          },
        ],
        approver_list: [
          {
            status: 'Number',
            user_name: 'String',
            user_id: 'String',
            note: 'String',
            operate_time: 'Date',
            order: 'Number',
            status_desc: 'String',
          },
        ],
        apply_show_id: 'String',
        status_desc: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.apply.search`: method, response root, request and response schemas. */
export const alitripBtripApplySearchOperation = {
  method: 'alitrip.btrip.apply.search',
  responseRoot: 'alitrip_btrip_apply_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索审批单 — calls TOP method `alitrip.btrip.apply.search`.
 *
 * 外部企业调用获取本企业审批单列表数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripApplySearch(
  client: TopClient,
  request: AlitripBtripApplySearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripApplySearchResponse> {
  return client.call<AlitripBtripApplySearchResponse>(
    {
      method: 'alitrip.btrip.apply.search',
      responseRoot: 'alitrip_btrip_apply_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
