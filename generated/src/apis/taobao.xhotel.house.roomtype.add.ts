// Generated from specs/xhotelitem/taobao.xhotel.house.roomtype.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.house.roomtype.add` (民宿房型信息添加). */
export interface TaobaoXhotelHouseRoomtypeAddRequest {
  /** （已废弃）请使用outHid */
  hid?: Int64Input;
  /**
   * 房型名称。不能超过30字
   *
   * Max length: 30
   */
  name: string;
  /** 最大入住人数，默认2（1-99） */
  max_occupancy?: Int64Input;
  /**
   * 具体面积大小，请按照正确格式填写。两种格式，例如：40或者 10-20
   *
   * Max length: 30
   */
  area?: string;
  /**
   * 客房在建筑的第几层，隔层为1-2层，4-5层，7-8层
   *
   * Max length: 30
   */
  floor?: string;
  /** 宽带服务。A,B,C,D。分别代表： A：无宽带，B：免费宽带，C：收费宽带，D：部分收费宽带 */
  internet?: string;
  /**
   * 设施服务。JSON格式。 value值true有此服务，false没有。 bar：吧台，catv：有线电视，ddd：国内长途电话，idd：国际长途电话，toilet：独立卫生间，pubtoliet：公共卫生间。 如： {"bar":false,"catv":false,"ddd":false,"idd":false,"pubtoilet":false,"toilet":false}
   *
   * Max length: 1024
   */
  service?: string;
  /**
   * 不要使用
   *
   * Max length: 500
   */
  extend?: string;
  /**
   * 卖家房型ID，不能重复建议格式是:酒店code_房型code
   *
   * Max length: 64
   */
  outer_id: string;
  /** 0:无窗/1:有窗/2:部分有窗/3:暗窗/4:部分暗窗 */
  window_type?: Int64Input;
  /** 该字段只有确定的时候，才允许填入。用于标示和淘宝房型的匹配关系。目前尚未启动该字段。 */
  srid?: Int64Input;
  /**
   * 系统商，无申请不可使用
   *
   * Max length: 50
   */
  vendor?: string;
  /**
   * （必传）商家酒店ID，指明该房型属于哪家酒店
   *
   * Max length: 50
   */
  out_hid?: string;
  /** 房型图片只支持远程图片，格式如下：[{"url":"http://taobao.com/123.jpg","ismain":"true"},{"url":"http://taobao.com/456.jpg","ismain":"false"},{"url":"http://taobao.com/789.jpg","ismain":"false"}]其中url是远程图片的访问地址（URL地址必须是合法的，否则会报错），main是是否为主图。只能设置一张图片为主图。 */
  pics?: string;
  /** 卖家房型英文名称 */
  name_e?: string;
  /** 操作人信息 */
  operator?: string;
  /** 属性值为1: 含义是非直连房型 */
  connection_type?: Int64Input;
  /** 房屋户型， bedroom: 室, bathroom: 卫, livingroom: 厅, study: 书房, balcony: 阳台,kitchen: 厨房 */
  house_model?: string;
  /** 房屋面积 */
  house_size?: Int64Input;
  /** 出租类型:1.整租;2.单间;3.床位 */
  rent_type?: Int64Input;
  /** 出租面积,单位平方米 */
  rent_size?: Int64Input;
  /** 是否和房东合住:0.不和房东合住;1.和房东合住; */
  has_landlord?: Int64Input;
  /** 床信息: bedType:床型, desc: 床型名, width:床宽, length：床长, bedNum: 床数。床型取值见链接https://open.alitrip.com/docs/doc.htm?spm=0.0.0.0.4zBOVn&docType=1&articleId=108347 */
  bed_info?: string;
  /** 数据状态 0:正常，-1:删除，-2:停售 */
  status?: Int64Input;
}

/** Response of `taobao.xhotel.house.roomtype.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelHouseRoomtypeAddResponse {
  /** 房型信息 */
  xroomtype?: TaobaoXhotelHouseRoomtypeAddXRoomType;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XRoomType` of `taobao.xhotel.house.roomtype.add`. */
export interface TaobaoXhotelHouseRoomtypeAddXRoomType {
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
  s_roomtype?: TaobaoXhotelHouseRoomtypeAddSRoomType;
  /** 卖家房型英文名称 */
  name_e?: string;
}

/** `SRoomType` of `taobao.xhotel.house.roomtype.add`. */
export interface TaobaoXhotelHouseRoomtypeAddSRoomType {
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
  hid: 'Number',
  name: 'String',
  max_occupancy: 'Number',
  area: 'String',
  floor: 'String',
  internet: 'String',
  service: 'String',
  extend: 'String',
  outer_id: 'String',
  window_type: 'Number',
  srid: 'Number',
  vendor: 'String',
  out_hid: 'String',
  pics: 'String',
  name_e: 'String',
  operator: 'String',
  connection_type: 'Number',
  house_model: 'String',
  house_size: 'Number',
  rent_type: 'Number',
  rent_size: 'Number',
  has_landlord: 'Number',
  bed_info: 'String',
  status: 'Number',
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
    name_e: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.house.roomtype.add`: method, response root, request and response schemas. */
export const taobaoXhotelHouseRoomtypeAddOperation = {
  method: 'taobao.xhotel.house.roomtype.add',
  responseRoot: 'xhotel_house_roomtype_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿房型信息添加 — calls TOP method `taobao.xhotel.house.roomtype.add`.
 *
 * 房型添加或更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelHouseRoomtypeAdd(
  client: TopClient,
  request: TaobaoXhotelHouseRoomtypeAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelHouseRoomtypeAddResponse> {
  return client.call<TaobaoXhotelHouseRoomtypeAddResponse>(
    {
      method: 'taobao.xhotel.house.roomtype.add',
      responseRoot: 'xhotel_house_roomtype_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
