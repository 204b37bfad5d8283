// Generated from specs/cainiaohandover/cainiao.global.commithandovercontent.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.commithandovercontent.update` (修改已经提交的交接单). */
export interface CainiaoGlobalCommithandovercontentUpdateRequest {
  /** 修改参数对象 */
  open_handover_content_update_commit_request?: CainiaoGlobalCommithandovercontentUpdateOpenHandoverContentUpdateCommitRequestInput;
}

/** Response of `cainiao.global.commithandovercontent.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalCommithandovercontentUpdateResponse {
  /** 返回对象 */
  data?: CainiaoGlobalCommithandovercontentUpdateOpenHandoverContentUpdateResponse;
  /** 是否成功同result字段 */
  is_success?: boolean;
  /** 错误码 */
  internal_error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenHandoverContentUpdateCommitRequest` of `cainiao.global.commithandovercontent.update`. */
export interface CainiaoGlobalCommithandovercontentUpdateOpenHandoverContentUpdateCommitRequestInput {
  /** 用户信息 */
  user_info?: CainiaoGlobalCommithandovercontentUpdateUserInfoDTOInput;
  /** 大包号;LP开头的单号(必填) */
  handover_content_code: string;
  /** 新增和修改大包小包号;新增和修改的时候必填 */
  parcel_order_list?: CainiaoGlobalCommithandovercontentUpdateHandoverContentUpdateParcelDTOInput[];
  /** 业务类型(选填) */
  biz_source?: string;
  /** 完成更新(必填)例如传入true则代表大包已经完成修改,不能再做修改的操作 */
  complete_update: boolean;
  /** 客户端标示(选填) */
  client?: string;
  /** 语言(选填) */
  locale?: string;
  /** 更新类型:add、remove、commit;add新增parcel_order_list中小包,remove删除parcel_order_list中小包;commit,忽略parcel_order_list小包,将大包设置为完成组包状态,将大包信息下发给司机上门揽收 */
  update_type: string;
}

/** `UserInfoDTO` of `cainiao.global.commithandovercontent.update`. */
export interface CainiaoGlobalCommithandovercontentUpdateUserInfoDTOInput {
  /** 国家编码(选填) */
  country?: string;
  /** 登陆账号(必填) */
  login_id: string;
  /** 商家id(选填) */
  seller_id?: string;
  /** 对应创建物流单的时候传入的top_user_key;跨店铺场景需要传入 */
  top_user_key?: string;
  /** 业务类型(选填) */
  biz_source?: string;
  /** 用户Key(选填) */
  app_user_key?: string;
  /** 用户id(选填) */
  user_id?: string;
}

/** `HandoverContentUpdateParcelDTO` of `cainiao.global.commithandovercontent.update`. */
export interface CainiaoGlobalCommithandovercontentUpdateHandoverContentUpdateParcelDTOInput {
  /** 小包对应的店铺id;填入相关信息性能更好 */
  seller_id?: Int64Input;
  /** 小包对应的店铺账号;比如cnxxxx;填入补充相关信息性能更好 */
  login_id?: string;
  /** 小包的LP号,必填; */
  lp_code?: string;
}

/** `OpenHandoverContentUpdateResponse` of `cainiao.global.commithandovercontent.update`. */
export interface CainiaoGlobalCommithandovercontentUpdateOpenHandoverContentUpdateResponse {
  /** 是否成功 */
  result?: boolean;
  /** 报错小包列表 */
  update_error_parcel_order_list?: CainiaoGlobalCommithandovercontentUpdateHandoverContentUpdateErrorParcelDTO[];
}

/** `HandoverContentUpdateErrorParcelDTO` of `cainiao.global.commithandovercontent.update`. */
export interface CainiaoGlobalCommithandovercontentUpdateHandoverContentUpdateErrorParcelDTO {
  /** 小包LP号 */
  lp_code?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误文案 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  open_handover_content_update_commit_request: {
    user_info: {
      country: 'String',
      login_id: 'String',
      seller_id: 'String',
      top_user_key: 'String',
      biz_source: 'String',
      app_user_key: 'String',
      user_id: 'String',
    },
    handover_content_code: 'String',
    parcel_order_list: [
      {
        seller_id: 'Number',
        login_id: 'String',
        lp_code: 'String',
      },
    ],
    biz_source: 'String',
    complete_update: 'Boolean',
    client: 'String',
    locale: 'String',
    update_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    result: 'Boolean',
    update_error_parcel_order_list: [
      {
        lp_code: 'String',
        error_code: 'String',
        error_msg: 'String',
      },
    ],
  },
  is_success: 'Boolean',
  internal_error_code: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.commithandovercontent.update`: method, response root, request and response schemas. */
export const cainiaoGlobalCommithandovercontentUpdateOperation = {
  method: 'cainiao.global.commithandovercontent.update',
  responseRoot: 'cainiao_global_commithandovercontent_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改已经提交的交接单 — calls TOP method `cainiao.global.commithandovercontent.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalCommithandovercontentUpdate(
  client: TopClient,
  request: CainiaoGlobalCommithandovercontentUpdateRequest = {},
  options?: CallOptions,
): Promise<CainiaoGlobalCommithandovercontentUpdateResponse> {
  return client.call<CainiaoGlobalCommithandovercontentUpdateResponse>(
    {
      method: 'cainiao.global.commithandovercontent.update',
      responseRoot: 'cainiao_global_commithandovercontent_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
