// Generated from specs/xhotelitem/taobao.xhotel.roomtype.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.roomtype.get` (房型查询接口). */
export interface TaobaoXhotelRoomtypeGetRequest {
  /** 废弃，使用商家房型ID */
  rid?: Int64Input;
  /**
   * 商家房型ID
   *
   * Max length: 64
   */
  outer_id?: string;
  /**
   * 系统商，一般不填写，使用须申请
   *
   * Max length: 50
   */
  vendor?: string;
}

/** Response of `taobao.xhotel.roomtype.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomtypeGetResponse {
  /** 查询得到的RoomType */
  xroomtype?: TaobaoXhotelRoomtypeGetXRoomType;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XRoomType` of `taobao.xhotel.roomtype.get`. */
export interface TaobaoXhotelRoomtypeGetXRoomType {
  /** rid */
  rid?: Int64;
  /** hid */
  hid?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 匹配状态: 0：待系统匹配 1：已系统匹配，匹配成功，待卖家确认 2：已系统匹配，匹配失败，待人工匹配 3：已人工匹配，匹配成功，待卖家确认 4：已人工匹配，匹配失败 5：卖家已确认，确认&ldquo;YES&rdquo; 6：卖家已确认，确认&ldquo;NO&rdquo; 7:已系统匹配，但是匹配重复，待人工确认 */
  match_status?: Int64;
  /** 房型状态。0:正常，-1:删除，-2:停售 */
  status?: Int64;
  /** 出错原因,没有匹配上标准房型时，小二拒绝的理由 */
  error_info?: string;
  /** 卖家系统id */
  outer_id?: string;
  /** 房型名称 */
  name?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 可选值：A,B,C,D。分别代表： A：15平米以下，B：16－30平米，C：31－50平米，D：50平米以上 2）也可以自己定义，比如：40平方米 */
  area?: string;
  /** 客房在建筑的第几层，隔层为1-2层，4-5层，7-8层 */
  floor?: string;
  /** 床型。按自己定义存储，比如：高低床、上下床 */
  bed_type?: string;
  /** 床宽。 */
  bed_size?: string;
  /** 宽带服务。A,B,C,D。分别代表： A：无宽带，B：免费宽带，C：收费宽带，D：部分收费宽带 */
  internet?: string;
  /** 设施服务。JSON格式。 value值true有此服务，false没有。 bar：吧台，catv：有线电视，ddd：国内长途电话，idd：国际长途电话，toilet：独立卫生间，pubtoliet：公共卫生间。 如： {"bar":false,"catv":false,"ddd":false,"idd":false,"pubtoilet":false,"toilet":false} */
  service?: string;
  /** 窗型,0：无窗/1：有窗 */
  window_type?: Int64;
  /** 扩展信息的JSON。 注：此字段的值需要ISV在接入前与淘宝沟通，且确认能解析 */
  extend?: string;
  /** 标准房型信息 */
  s_roomtype?: TaobaoXhotelRoomtypeGetSRoomType;
  /** 酒店数据状态：匹配成功；待匹配；待审核；审核失败；疑似错误；请注意：只有状态为&ldquo;匹配成功&rdquo;才是正常状态。其他状态都不会上架商品。 */
  data_confirm_str?: string;
  /** 卖家房型英文名称 */
  name_e?: string;
  /** 房型维度下特殊标签含义 json: {"non-direct-roomType":1} , key:non-direct-roomType 表示非直连房型 */
  tag_json?: string;
}

/** `SRoomType` of `taobao.xhotel.roomtype.get`. */
export interface TaobaoXhotelRoomtypeGetSRoomType {
  /** 匹配的标准房型 */
  srid?: Int64;
  /** 房型名 */
  name?: string;
  /** 楼层 */
  floor?: string;
  /**
   * 宽带服务
   * "0","有线上网(免费),
   * "1","有线上网(无)",
   * "2","有线上网(收费)",
   * "3","有线上网(部分有且免费)",
   * "4","有线上网(部分有且收费)"
   */
  internet?: string;
  /** shid */
  shid?: Int64;
  /** pic_url */
  pic_url?: string;
  /** facility */
  facility?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 面积 */
  area?: string;
  /** 扩展字段 */
  extend?: string;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /**
   * 窗型，枚举类型
   * 0, 无窗,
   * 1, 有窗;
   */
  window_type?: string;
  /** 床型。json格式：[{"bedType":"大床","bedSize":"1.5m"},{"bedType":"双床","bedSize":"1.2m"}] */
  bed?: string;
  /** 状态。0:正常;-1:删除 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  rid: 'Number',
  outer_id: 'String',
  vendor: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  xroomtype: {
    rid: 'Number',
    hid: 'Number',
    created_time: 'Date',
    modified_time: 'Date',
    match_status: 'Number',
    status: 'Number',
    error_info: 'String',
    outer_id: 'String',
    name: 'String',
    max_occupancy: 'Number',
    area: 'String',
    floor: 'String',
    bed_type: 'String',
    bed_size: 'String',
    internet: 'String',
    service: 'String',
    window_type: 'Number',
    extend: 'String',
    s_roomtype: {
      srid: 'Number',
      name: 'String',
      floor: 'String',
      internet: 'String',
      shid: 'Number',
      pic_url: 'String',
      facility: 'String',
      max_occupancy: 'Number',
      area: 'String',
      extend: 'String',
      created_time: 'Date',
      modified_time: 'Date',
      window_type: 'String',
      bed: 'String',
      status: 'Number',
    },
    data_confirm_str: 'String',
    name_e: 'String',
    tag_json: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.roomtype.get`: method, response root, request and response schemas. */
export const taobaoXhotelRoomtypeGetOperation = {
  method: 'taobao.xhotel.roomtype.get',
  responseRoot: 'xhotel_roomtype_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房型查询接口 — calls TOP method `taobao.xhotel.roomtype.get`.
 *
 * 房型查询房型查询接口返回结果增加date_confirm字段
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomtypeGet(
  client: TopClient,
  request: TaobaoXhotelRoomtypeGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRoomtypeGetResponse> {
  return client.call<TaobaoXhotelRoomtypeGetResponse>(
    {
      method: 'taobao.xhotel.roomtype.get',
      responseRoot: 'xhotel_roomtype_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
